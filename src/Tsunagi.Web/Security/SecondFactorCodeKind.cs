namespace Tsunagi.Web.Security;

public enum SecondFactorCodeKind
{
    Authenticator,
    RecoveryCode,
}
