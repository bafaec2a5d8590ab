using Bridge.Worker.Access.Accounts;
using Bridge.Worker.Cli;
using Bridge.Worker.Kernel;
using Bridge.Worker.Tests.Support;
using Microsoft.AspNetCore.Identity;

namespace Bridge.Worker.Tests.Cli;

/// <summary><c>bridge user …</c> in-process over a real configuration directory, the password given on redirected input.</summary>
public sealed class UserCommandTests : IDisposable
{
    private const string Password = "a long enough password";
    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    private string FilePath => _dir.File(AccountsFile.FileName);

    private Task<(int Exit, string Out, string Err)> Run(string stdin, params string[] args) => RunIn(_dir.Path, stdin, args);

    private static async Task<(int Exit, string Out, string Err)> RunIn(string configDirectory, string stdin, params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var exit = await BridgeCli.RunAsync(["user", "--config", configDirectory, .. args], new CliInput(new StringReader(stdin), redirected: true), output, error);
        return (exit, output.ToString(), error.ToString());
    }

    private async Task AddAsync(string name, string role = "viewer", string password = Password)
    {
        var (exit, _, error) = await Run(password + "\n", "add", name, "--role", role, "--password-stdin");
        Assert.True(exit == 0, error);
    }

    [Fact]
    public async Task Add_PasswordStdin_StoresTheAccountWithAHashOfThatPassword()
    {
        var (exit, output, error) = await Run(Password + "\n", "add", "alice", "--role", "admin", "--email", "alice@example.com", "--password-stdin");

        Assert.True(exit == 0, error);
        var account = Assert.Single(AccountsFile.Read(FilePath));
        Assert.Equal(("alice", AccessRole.Admin, "alice@example.com", Environment.UserName), (account.Name, account.Role, account.Email, account.ChangedBy));
        Assert.Equal(PasswordVerificationResult.Success, AccountPasswords.Verify(account.PasswordHash, Password));
        Assert.Equal(account.CreatedAt, account.ChangedAt);
        Assert.Equal($"Added admin account 'alice' (alice@example.com) to {FilePath}.{Environment.NewLine}", output);
        Assert.DoesNotContain(Password, output + error, StringComparison.Ordinal);
        Assert.DoesNotContain(account.PasswordHash, output + error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Add_TwoAccounts_OneFileReadableByItsOwnerOnly()
    {
        await AddAsync("alice");
        await AddAsync("bob");

        if (!OperatingSystem.IsWindows())
        {
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(FilePath));
        }

        // No temporary file or lock file left beside it.
        Assert.Equal([AccountsFile.FileName], Directory.GetFiles(_dir.Path).Select(Path.GetFileName));
    }

    [Fact]
    public async Task Add_InputRedirectedWithoutTheFlag_ReadsOneLine()
    {
        var (exit, _, error) = await Run(Password + "\n", "add", "alice", "--role", "viewer");

        Assert.True(exit == 0, error);
        Assert.Equal(PasswordVerificationResult.Success, AccountPasswords.Verify(AccountsFile.Read(FilePath)[0].PasswordHash, Password));
    }

    [Fact]
    public async Task Add_ShortPassword_Exit1AndTheFileUnchanged()
    {
        await AddAsync("alice");
        var before = File.ReadAllBytes(FilePath);

        var (exit, output, error) = await Run("elevenchars\n", "add", "bob", "--role", "viewer", "--password-stdin");

        Assert.Equal((1, ""), (exit, output));
        Assert.Equal($"Refused: the password must be at least 12 characters. Nothing was changed.{Environment.NewLine}", error);
        Assert.Equal(before, File.ReadAllBytes(FilePath));
    }

    [Fact]
    public async Task Add_NoPasswordOnInput_Exit1AndNoFile()
    {
        var (exit, _, error) = await Run("", "add", "alice", "--role", "viewer", "--password-stdin");

        Assert.Equal(1, exit);
        Assert.Contains("No password on standard input", error, StringComparison.Ordinal);
        Assert.False(File.Exists(FilePath));
    }

    [Fact]
    public async Task Add_NameTakenInAnotherCase_Exit1()
    {
        await AddAsync("alice");

        var (exit, _, error) = await Run(Password + "\n", "add", "ALICE", "--role", "viewer", "--password-stdin");

        Assert.Equal(1, exit);
        Assert.Contains("There is an account named 'alice' already", error, StringComparison.Ordinal);
        Assert.Single(AccountsFile.Read(FilePath));
    }

    [Theory]
    [InlineData(new[] { "add", "alice" }, "user add needs --role: one of technician, viewer, dispatcher, admin.")]
    [InlineData(new[] { "add", "alice", "--role", "boss" }, "--role needs one of technician, viewer, dispatcher, admin, not 'boss'.")]
    [InlineData(new[] { "add", "alice", "--role" }, "--role needs a value: one of technician, viewer, dispatcher, admin.")]
    [InlineData(new[] { "add", "alice", "--role", "--password-stdin" }, "--role needs a value: one of technician, viewer, dispatcher, admin.")]
    [InlineData(new[] { "add", "al ice", "--role", "admin" }, "NAME: the name 'al ice' may hold only letters, digits and . _ @ -.")]
    [InlineData(new[] { "add", "alice", "--role", "admin", "--email", "nobody" }, "--email: the e-mail 'nobody' is not an address like name@example.com.")]
    [InlineData(new[] { "add", "alice", "--role", "admin", "--emial", "a@b.c" }, "Unknown option '--emial' for user add; it takes --role, --email, --password-stdin, --config.")]
    [InlineData(new[] { "remove" }, "user remove needs the account's name: bridge user remove NAME.")]
    public async Task Verb_WrongCommandLine_Exit2NamingWhatIsWrong(string[] args, string expected)
    {
        var (exit, output, error) = await Run(Password + "\n", args);

        Assert.Equal((2, ""), (exit, output));
        Assert.StartsWith(expected, error, StringComparison.Ordinal);
        Assert.False(File.Exists(FilePath));
    }

    [Theory]
    [InlineData("add", "--role <ROLE>", "--email <E>", "--password-stdin")]
    [InlineData("reset", "--password-stdin", "end its lockout")]
    [InlineData("remove", "<NAME>")]
    [InlineData("list", "never its password")]
    public async Task Help_EachVerb_DescribesItself(string verb, params string[] expected)
    {
        var (exit, output, _) = await Run("", verb, "--help");

        Assert.Equal(0, exit);
        Assert.Contains($"bridge user {verb}", output, StringComparison.Ordinal);
        Assert.All(expected, e => Assert.Contains(e, output, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Reset_PasswordStdin_NewHashAndTheLockoutClearedNow()
    {
        await AddAsync("alice");
        var before = AccountsFile.Read(FilePath)[0];

        var (exit, output, error) = await Run("another long password\n", "reset", "Alice", "--password-stdin");

        Assert.True(exit == 0, error);
        var after = Assert.Single(AccountsFile.Read(FilePath));
        Assert.Equal(PasswordVerificationResult.Success, AccountPasswords.Verify(after.PasswordHash, "another long password"));
        Assert.Equal(PasswordVerificationResult.Failed, AccountPasswords.Verify(after.PasswordHash, Password));
        Assert.Equal(before.CreatedAt, after.CreatedAt);
        Assert.NotNull(after.LockoutClearedAt);
        Assert.True(after.LockoutClearedAt >= before.ChangedAt);
        Assert.Contains("New password set for 'alice'", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Reset_AccountLockedOutInTheService_SignsInWithTheNewPassword()
    {
        using var service = new AccountsFixture();
        service.Write(AccountsFixture.Account("alice"));
        for (var i = 0; i < 5; i++)
        {
            service.SignIn.Check("alice", "wrong");
        }

        Assert.Equal(LocalSignInOutcome.LockedOut, service.SignIn.Check("alice", AccountsFixture.Password).Outcome);

        var (exit, _, error) = await RunIn(service.ConfigDirectory, "another long password\n", "reset", "alice", "--password-stdin");

        Assert.True(exit == 0, error);
        Assert.Equal(LocalSignInOutcome.Ok, service.SignIn.Check("alice", "another long password").Outcome);
    }

    [Fact]
    public async Task Reset_ShortPassword_Exit1AndTheFileUnchanged()
    {
        await AddAsync("alice");
        var before = File.ReadAllBytes(FilePath);

        var (exit, _, error) = await Run("short\n", "reset", "alice", "--password-stdin");

        Assert.Equal(1, exit);
        Assert.Contains("at least 12 characters", error, StringComparison.Ordinal);
        Assert.Equal(before, File.ReadAllBytes(FilePath));
    }

    [Fact]
    public async Task Remove_OneOfTwo_OnlyTheOtherLeft()
    {
        await AddAsync("alice");
        await AddAsync("bob");

        var (exit, output, error) = await Run("", "remove", "ALICE");

        Assert.True(exit == 0, error);
        Assert.Equal(["bob"], AccountsFile.Read(FilePath).Select(a => a.Name));
        Assert.StartsWith("Removed account 'alice'", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Remove_NoSuchAccount_Exit1NamingTheAccountsThereAre()
    {
        await AddAsync("alice");
        var before = File.ReadAllBytes(FilePath);

        var (exit, _, error) = await Run("", "remove", "carol");

        Assert.Equal(1, exit);
        Assert.Equal($"No account named 'carol' in {FilePath} (it has alice).{Environment.NewLine}", error);
        Assert.Equal(before, File.ReadAllBytes(FilePath));
    }

    [Fact]
    public async Task List_TwoAccounts_NameRoleEmailAndTimesButNoHash()
    {
        await AddAsync("bob", "dispatcher");
        var (addExit, _, addError) = await Run(Password + "\n", "add", "alice", "--role", "admin", "--email", "alice@example.com", "--password-stdin");
        Assert.True(addExit == 0, addError);

        var (exit, output, error) = await Run("", "list");

        Assert.True(exit == 0, error);
        var lines = output.Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal($"Built-in accounts in {FilePath} (2):", lines[0]);
        Assert.Matches(@"^NAME\s+ROLE\s+EMAIL\s+CREATED\s+CHANGED$", lines[1]);
        Assert.Matches($@"^alice\s+admin\s+alice@example\.com\s+\d{{4}}-\d\d-\d\d \d\d:\d\d UTC\s+\d{{4}}-\d\d-\d\d \d\d:\d\d UTC by {Environment.UserName}$", lines[2]);
        Assert.Matches(@"^bob\s+dispatcher\s+-\s+", lines[3]);
        Assert.Equal(4, lines.Length);
        Assert.All(AccountsFile.Read(FilePath), a => Assert.DoesNotContain(a.PasswordHash, output, StringComparison.Ordinal));
    }

    [Fact]
    public async Task List_NoFile_SaysHowToAddOne()
    {
        var (exit, output, _) = await Run("", "list");

        Assert.Equal(0, exit);
        Assert.Contains("No built-in accounts", output, StringComparison.Ordinal);
        Assert.False(File.Exists(FilePath));
    }

    [Fact]
    public async Task Verb_MalformedFile_Exit1NamingTheFileAndTheFileKept()
    {
        const string broken = """{ "Accounts": [ { "Name": "alice", """;
        File.WriteAllText(FilePath, broken);

        var (exit, _, error) = await Run(Password + "\n", "add", "bob", "--role", "viewer", "--password-stdin");

        Assert.Equal(1, exit);
        Assert.StartsWith($"The accounts file {FilePath} is not valid JSON at line 1", error, StringComparison.Ordinal);
        Assert.Contains("Nothing was changed", error, StringComparison.Ordinal);
        Assert.Equal(broken, File.ReadAllText(FilePath));
    }
}
