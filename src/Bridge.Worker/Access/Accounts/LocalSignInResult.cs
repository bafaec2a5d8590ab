namespace Bridge.Worker.Access.Accounts;

/// <summary>
/// What <see cref="LocalSignIn.Check"/> found: with <see cref="LocalSignInOutcome.Ok"/>, the <see cref="Account"/> and the
/// on-call <see cref="Member"/> it is (for the <c>bridge:member</c> claim) when it is one; with
/// <see cref="LocalSignInOutcome.LockedOut"/>, until when.
/// </summary>
internal sealed record LocalSignInResult(LocalSignInOutcome Outcome, LocalAccount? Account = null, string? Member = null, DateTimeOffset? LockedUntil = null)
{
    public bool Succeeded => Outcome == LocalSignInOutcome.Ok;

    /// <summary>Wrong and Unknown alike, so the page cannot tell a person which names exist.</summary>
    public bool IsWrongNameOrPassword => Outcome is LocalSignInOutcome.Wrong or LocalSignInOutcome.Unknown;
}
