using Bridge.Worker.OnCall;
using Microsoft.Extensions.Options;

namespace Bridge.Worker.Access;

/// <summary>Which on-call person (<c>OnCall:People</c>) a signed-in person is: by an e-mail contact, else by member identifier.</summary>
internal sealed class AccessMembers(IOptionsMonitor<OnCallOptions> onCall)
{
    public string? Find(string? email, string? name)
    {
        var people = onCall.CurrentValue.People;
        if (!string.IsNullOrWhiteSpace(email)
            && people.FirstOrDefault(p => p.Contacts.Any(c => c.Kind.Equals(nameof(ContactKind.Email), StringComparison.OrdinalIgnoreCase)
                && c.Address.Trim().Equals(email.Trim(), StringComparison.OrdinalIgnoreCase))) is { } byEmail)
        {
            return byEmail.Member;
        }

        return string.IsNullOrWhiteSpace(name)
            ? null
            : people.FirstOrDefault(p => p.Member.Equals(name.Trim(), StringComparison.OrdinalIgnoreCase))?.Member;
    }
}
