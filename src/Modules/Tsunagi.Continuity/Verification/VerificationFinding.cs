namespace Tsunagi.Continuity.Verification;

/// <summary>One thing a verification noticed, in Japanese / English, without personal data. <see cref="Fails"/> false: a note (pending migrations).</summary>
public sealed record VerificationFinding(bool Fails, string Text);
