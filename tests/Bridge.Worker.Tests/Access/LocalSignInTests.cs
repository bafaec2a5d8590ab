using Bridge.Worker.Access.Accounts;
using Bridge.Worker.Kernel;
using Bridge.Worker.OnCall;
using Bridge.Worker.Tests.Support;
using Microsoft.AspNetCore.Identity;

namespace Bridge.Worker.Tests.Access;

public sealed class LocalSignInTests : IDisposable
{
    private readonly AccountsFixture _fixture = new(onCall: new OnCallOptions
    {
        People =
        [
            WithEmail(OnCallFixtures.Person("anguyen", "Anh Nguyen"), "Anh.Nguyen@example.com"),
            OnCallFixtures.Person("bsmith", "Ben Smith"),
        ],
    });

    private static PersonOptions WithEmail(PersonOptions person, string email)
    {
        person.Contacts.Add(new ContactMethodOptions { Kind = "Email", Address = email });
        return person;
    }

    public void Dispose() => _fixture.Dispose();

    private LocalSignInResult Check(string name, string password = AccountsFixture.Password) => _fixture.SignIn.Check(name, password);

    [Fact]
    public void Check_RightPassword_OkWithTheAccount()
    {
        _fixture.Write(AccountsFixture.Account("alice", AccessRole.Admin));

        var result = Check("ALICE");

        Assert.Equal(LocalSignInOutcome.Ok, result.Outcome);
        Assert.Equal(("alice", AccessRole.Admin), (result.Account!.Name, result.Account.Role));
        Assert.Null(result.Member);
    }

    [Fact]
    public void Check_EmailOfAnOnCallPerson_OkWithThatMember()
    {
        _fixture.Write(AccountsFixture.Account("anh", email: "anh.nguyen@example.com"));

        Assert.Equal("anguyen", Check("anh").Member);
    }

    [Fact]
    public void Check_NameIsAnOnCallMember_OkWithThatMember()
    {
        _fixture.Write(AccountsFixture.Account("BSmith"));

        Assert.Equal("bsmith", Check("bsmith").Member);
    }

    [Fact]
    public void Check_WrongPassword_Wrong()
    {
        _fixture.Write(AccountsFixture.Account("alice"));

        var result = Check("alice", "not the password at all");

        Assert.Equal(LocalSignInOutcome.Wrong, result.Outcome);
        Assert.Null(result.Account);
        Assert.True(result.IsWrongNameOrPassword);
    }

    [Fact]
    public void Check_UnknownName_UnknownSaidLikeWrong()
    {
        _fixture.Write(AccountsFixture.Account("alice"));

        var result = Check("mallory");

        Assert.Equal(LocalSignInOutcome.Unknown, result.Outcome);
        Assert.True(result.IsWrongNameOrPassword);
        Assert.Null(result.Account);
    }

    [Fact]
    public void Check_NoFile_Unknown()
    {
        Assert.Equal(LocalSignInOutcome.Unknown, Check("alice").Outcome);
    }

    [Fact]
    public void Check_FifthFailure_LockedOutForFifteenMinutesEvenWithTheRightPassword()
    {
        _fixture.Write(AccountsFixture.Account("alice"));
        var start = _fixture.Time.GetUtcNow();

        var first4 = Enumerable.Range(0, 4).Select(_ => Check("alice", "wrong password 1").Outcome).ToList();
        var fifth = Check("alice", "wrong password 1");
        var rightWhileLocked = Check("alice");
        _fixture.Time.Advance(TimeSpan.FromMinutes(15) - TimeSpan.FromSeconds(1));
        var rightJustBeforeTheEnd = Check("alice").Outcome;
        _fixture.Time.Advance(TimeSpan.FromSeconds(1));
        var rightAtTheEnd = Check("alice").Outcome;

        Assert.All(first4, o => Assert.Equal(LocalSignInOutcome.Wrong, o));
        Assert.Equal((LocalSignInOutcome.LockedOut, start + TimeSpan.FromMinutes(15)), (fifth.Outcome, fifth.LockedUntil));
        Assert.Equal(LocalSignInOutcome.LockedOut, rightWhileLocked.Outcome);
        Assert.Null(rightWhileLocked.Account);
        Assert.Equal(LocalSignInOutcome.LockedOut, rightJustBeforeTheEnd);
        Assert.Equal(LocalSignInOutcome.Ok, rightAtTheEnd);
    }

    [Fact]
    public void Check_ConfiguredLockout_LocksAfterItsCountForItsTime()
    {
        using var fixture = new AccountsFixture(new LocalAccountOptions { LockoutAfter = 2, LockoutFor = TimeSpan.FromMinutes(1) });
        fixture.Write(AccountsFixture.Account("alice"));

        var outcomes = new[] { fixture.SignIn.Check("alice", "x").Outcome, fixture.SignIn.Check("alice", "x").Outcome };
        fixture.Time.Advance(TimeSpan.FromMinutes(1));

        Assert.Equal([LocalSignInOutcome.Wrong, LocalSignInOutcome.LockedOut], outcomes);
        Assert.Equal(LocalSignInOutcome.Ok, fixture.SignIn.Check("alice", AccountsFixture.Password).Outcome);
    }

    [Fact]
    public void Check_SuccessBetweenFailures_StartsTheCountAgain()
    {
        _fixture.Write(AccountsFixture.Account("alice"));

        for (var i = 0; i < 4; i++)
        {
            Check("alice", "wrong");
        }

        Assert.Equal(LocalSignInOutcome.Ok, Check("alice").Outcome);
        var after = Enumerable.Range(0, 4).Select(_ => Check("alice", "wrong").Outcome).ToList();

        Assert.All(after, o => Assert.Equal(LocalSignInOutcome.Wrong, o));
    }

    [Fact]
    public void Check_UnknownNameFailingFiveTimes_LockedOutLikeAnAccount()
    {
        _fixture.Write(AccountsFixture.Account("alice"));

        var outcomes = Enumerable.Range(0, 5).Select(_ => Check("mallory").Outcome).ToList();

        Assert.Equal([.. Enumerable.Repeat(LocalSignInOutcome.Unknown, 4), LocalSignInOutcome.LockedOut], outcomes);
    }

    [Fact]
    public void Check_LockedOutThenRestarted_StillLockedOut()
    {
        _fixture.Write(AccountsFixture.Account("alice"));
        for (var i = 0; i < 5; i++)
        {
            Check("alice", "wrong");
        }

        _fixture.Reopen();

        Assert.Equal(LocalSignInOutcome.LockedOut, Check("alice").Outcome);
    }

    [Fact]
    public void Check_FailuresThenRestarted_CountGoesOn()
    {
        _fixture.Write(AccountsFixture.Account("alice"));
        for (var i = 0; i < 4; i++)
        {
            Check("alice", "wrong");
        }

        _fixture.Reopen();

        Assert.Equal(LocalSignInOutcome.LockedOut, Check("alice", "wrong").Outcome);
    }

    [Fact]
    public void Check_LockoutClearedInTheFileAfterTheLock_SignsIn()
    {
        var alice = AccountsFixture.Account("alice");
        _fixture.Write(alice);
        for (var i = 0; i < 5; i++)
        {
            Check("alice", "wrong");
        }

        _fixture.Time.Advance(TimeSpan.FromMinutes(1));
        _fixture.Write(alice with { LockoutClearedAt = _fixture.Time.GetUtcNow() });

        Assert.Equal(LocalSignInOutcome.Ok, Check("alice").Outcome);
    }

    [Fact]
    public void Check_FailuresBeforeTheLockoutWasCleared_NoLongerCount()
    {
        var alice = AccountsFixture.Account("alice");
        _fixture.Write(alice);
        for (var i = 0; i < 4; i++)
        {
            Check("alice", "wrong");
        }

        _fixture.Time.Advance(TimeSpan.FromSeconds(10));
        _fixture.Write(alice with { LockoutClearedAt = _fixture.Time.GetUtcNow() });
        _fixture.Time.Advance(TimeSpan.FromSeconds(10));

        var after = Enumerable.Range(0, 4).Select(_ => Check("alice", "wrong").Outcome).ToList();

        Assert.All(after, o => Assert.Equal(LocalSignInOutcome.Wrong, o));
        Assert.Equal(LocalSignInOutcome.LockedOut, Check("alice", "wrong").Outcome);
    }

    [Fact]
    public void Check_FileChangedAfterASignIn_ReadsTheNewAccounts()
    {
        _fixture.Write(AccountsFixture.Account("alice"));
        Assert.Equal(LocalSignInOutcome.Unknown, Check("bob").Outcome);

        _fixture.Write(AccountsFixture.Account("alice"), AccountsFixture.Account("bob", password: "bobs own long password"));

        Assert.Equal(LocalSignInOutcome.Ok, Check("bob", "bobs own long password").Outcome);
    }

    [Fact]
    public void Check_HashInAnOlderFormat_OkAndTheFileLeftAsItIs()
    {
        var v2 = new PasswordHasher<LocalAccount>(Microsoft.Extensions.Options.Options.Create(new PasswordHasherOptions { CompatibilityMode = PasswordHasherCompatibilityMode.IdentityV2 }));
        var old = AccountsFixture.Account("alice") with { PasswordHash = v2.HashPassword(null!, AccountsFixture.Password) };
        Assert.Equal(PasswordVerificationResult.SuccessRehashNeeded, AccountPasswords.Verify(old.PasswordHash, AccountsFixture.Password));
        _fixture.Write(old);
        var before = File.ReadAllText(_fixture.FilePath);

        Assert.Equal(LocalSignInOutcome.Ok, Check("alice").Outcome);
        Assert.Equal(before, File.ReadAllText(_fixture.FilePath));
    }

    [Fact]
    public void Check_TurnedOff_UnavailableEvenWithTheRightPassword()
    {
        using var fixture = new AccountsFixture(new LocalAccountOptions { Enabled = false });
        fixture.Write(AccountsFixture.Account("alice"));

        Assert.Equal(LocalSignInOutcome.Unavailable, fixture.SignIn.Check("alice", AccountsFixture.Password).Outcome);
    }

    [Fact]
    public void Check_MalformedFile_UnavailableAndTheFileKept()
    {
        const string broken = """{ "Accounts": [ { "Name": "alice", "Role": "boss", "PasswordHash": "" } ] }""";
        File.WriteAllText(_fixture.FilePath, broken);

        var result = Check("alice");
        var problem = Assert.Throws<InvalidDataException>(() => _fixture.Accounts.All());

        Assert.Equal(LocalSignInOutcome.Unavailable, result.Outcome);
        Assert.Contains(_fixture.FilePath, problem.Message, StringComparison.Ordinal);
        Assert.Contains("account 1 ('alice'): Role 'boss' is not one of technician, viewer, dispatcher, admin", problem.Message, StringComparison.Ordinal);
        Assert.Contains("PasswordHash is missing or not a password hash", problem.Message, StringComparison.Ordinal);
        Assert.Equal(broken, File.ReadAllText(_fixture.FilePath));
    }

    [Fact]
    public void Check_MalformedFileMended_SignsInAgain()
    {
        File.WriteAllText(_fixture.FilePath, """{ "Accounts": [ { "Name": "alice" """);
        Assert.Equal(LocalSignInOutcome.Unavailable, Check("alice").Outcome);

        _fixture.Write(AccountsFixture.Account("alice"));

        Assert.Equal(LocalSignInOutcome.Ok, Check("alice").Outcome);
    }
}
