namespace Tsunagi.Certificates.Features.Payment;

/// <summary>One refused value of a cash-desk form or request: the field path and the message key (Cash.Problem.*) with its arguments.</summary>
public sealed record CashProblem(string Field, string Key, params object[] Arguments);
