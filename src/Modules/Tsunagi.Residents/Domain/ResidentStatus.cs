namespace Tsunagi.Residents.Domain;

public enum ResidentStatus
{
    /// <summary>住民: on the register.</summary>
    Registered = 1,

    /// <summary>除票: removed by 転出, 死亡 or 職権消除; kept and searchable with permission.</summary>
    Removed = 2,
}
