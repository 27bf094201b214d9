namespace Tsunagi.Counter.Features.CaseWork;

/// <summary>The case changed since the clerk's page or client read it (version differs): 409, reload and try again.</summary>
public sealed class CaseConflictException() : Exception("The counter case was changed by someone else.");
