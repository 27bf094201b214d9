namespace Tsunagi.Platform.Settings.Changes;

public enum SettingChangeProblem
{
    /// <summary>No such request, or one of a scope this tenant does not govern (answered as not found, never as forbidden).</summary>
    NotFound,

    /// <summary>The setting key is not declared.</summary>
    UnknownSetting,

    /// <summary>This tenant may not change values at that scope (a town asking for a national value or another town's).</summary>
    ScopeNotAllowed,

    /// <summary>The requester tried to decide their own request.</summary>
    OwnRequest,

    /// <summary>The request was approved, rejected or withdrawn already (possibly a moment ago by someone else).</summary>
    AlreadyDecided,

    /// <summary>The effective date has passed: approving would change documents already issued under the old value.</summary>
    EffectiveDatePassed,
}
