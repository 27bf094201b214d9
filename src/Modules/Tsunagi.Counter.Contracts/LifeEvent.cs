namespace Tsunagi.Counter.Contracts;

/// <summary>ライフイベント: what brings a resident to the one-stop counter; a case is opened for one of them.</summary>
public enum LifeEvent
{
    /// <summary>転入</summary>
    MoveIn,

    /// <summary>転出</summary>
    MoveOut,

    /// <summary>転居</summary>
    Relocation,

    /// <summary>出生</summary>
    Birth,

    /// <summary>死亡</summary>
    Death,

    /// <summary>婚姻</summary>
    Marriage,

    /// <summary>離婚</summary>
    Divorce,

    /// <summary>世帯変更</summary>
    HouseholdChange,

    /// <summary>証明書のみ</summary>
    CertificatesOnly,
}
