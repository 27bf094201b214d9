namespace Tsunagi.Certificates.Domain;

/// <summary>Who asks for a certificate (住民基本台帳法 第12条, 第12条の2, 第12条の3). API names: self, same-household, agent, third-party, official.</summary>
public enum RequesterType
{
    /// <summary>本人.</summary>
    Self = 1,

    /// <summary>同一世帯の者.</summary>
    SameHousehold = 2,

    /// <summary>代理人 (委任状 required).</summary>
    Agent = 3,

    /// <summary>第三者 (a stated legitimate reason required).</summary>
    ThirdParty = 4,

    /// <summary>公用 (国又は地方公共団体の機関).</summary>
    Official = 5,
}
