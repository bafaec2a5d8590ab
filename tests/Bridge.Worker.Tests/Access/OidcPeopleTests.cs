using System.Security.Claims;
using Bridge.Worker.Access;
using Bridge.Worker.Kernel;
using Bridge.Worker.OnCall;
using Bridge.Worker.Tests.Support;

namespace Bridge.Worker.Tests.Access;

/// <summary>Who a person the provider signed in is to the bridge: the highest role their claims or e-mail give, and their on-call member.</summary>
public sealed class OidcPeopleTests
{
    private static readonly OidcOptions Oidc = new()
    {
        Authority = "https://login.example/tenant/v2.0",
        ClientId = "bridge",
        MemberClaim = "cw_member",
        Roles = new()
        {
            ["Viewer"] = ["Bridge.Viewer"],
            ["Dispatcher"] = ["Bridge.Dispatcher", "farah@msp.example"],
            ["Admin"] = ["Bridge.Admin"],
        },
    };

    private static readonly AccessMembers Members = new(new TestOptionsMonitor<OnCallOptions>(new OnCallOptions
    {
        People =
        [
            new PersonOptions { Member = "dschmidt", Name = "Dana Schmidt", Contacts = [new ContactMethodOptions { Kind = "Email", Address = "Dana@MSP.example" }] },
            new PersonOptions { Member = "fpatel", Name = "Farah Patel" },
        ],
    }));

    [Fact]
    public void TwoRoleClaims_TheHigherWins_AndTheEmailContactFindsTheMember()
    {
        var person = Map(("preferred_username", "dana@msp.example"), ("email", "dana@msp.example"), ("roles", "Bridge.Viewer"), ("roles", "Bridge.Admin"));

        Assert.Equal(AccessRole.Admin, AccessRoles.Of(person));
        Assert.Equal("dana@msp.example", person.Identity!.Name);
        Assert.Equal("dschmidt", person.FindFirst(AccessClaims.Member)?.Value);
        Assert.Equal("oidc", person.FindFirst(AccessClaims.Method)?.Value);
    }

    [Fact]
    public void AnEmailListedUnderARole_GivesIt_AndTheMemberClaimWinsOverTheEmail()
    {
        var person = Map(("preferred_username", "farah@msp.example"), ("email", "farah@msp.example"), ("cw_member", "fpatel"));

        Assert.Equal(AccessRole.Dispatcher, AccessRoles.Of(person));
        Assert.Equal("fpatel", person.FindFirst(AccessClaims.Member)?.Value);
    }

    [Fact]
    public void NothingMatches_TheDefaultRole_AndNoMember()
    {
        var person = Map(("preferred_username", "guest@other.example"), ("roles", "Something.Else"), ("cw_member", "nobody"));

        Assert.Equal(AccessRole.Technician, AccessRoles.Of(person));
        Assert.Null(person.FindFirst(AccessClaims.Member));
    }

    private static ClaimsPrincipal Map(params (string Type, string Value)[] claims) =>
        OidcPeople.Map(new ClaimsPrincipal(new ClaimsIdentity(claims.Select(c => new Claim(c.Type, c.Value)), "oidc")), Oidc, Members);
}
