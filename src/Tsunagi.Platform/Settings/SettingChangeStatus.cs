namespace Tsunagi.Platform.Settings;

public enum SettingChangeStatus
{
    Pending,
    Approved,
    Rejected,
    Withdrawn,
}
