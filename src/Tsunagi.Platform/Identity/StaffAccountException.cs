namespace Tsunagi.Platform.Identity;

public sealed class StaffAccountException : Exception
{
    public StaffAccountException(IReadOnlyList<string> errors)
        : base(string.Join(" ", errors)) => Errors = errors;

    public StaffAccountException()
        : this([])
    {
    }

    public StaffAccountException(string message)
        : this([message])
    {
    }

    public StaffAccountException(string message, Exception innerException)
        : base(message, innerException) => Errors = [message];

    public IReadOnlyList<string> Errors { get; }
}
