namespace Tsunagi.Residents.Domain;

/// <summary>男女の別 as the register records it.</summary>
public enum Sex
{
    Male = 1,
    Female = 2,
}
