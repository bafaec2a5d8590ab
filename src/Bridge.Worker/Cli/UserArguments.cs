using System.CommandLine;
using Bridge.Worker.Access.Accounts;
using Bridge.Worker.Kernel;

namespace Bridge.Worker.Cli;

/// <summary>
/// <c>bridge user add NAME --role R [--email E] [--password-stdin]</c>, <c>user reset NAME [--password-stdin]</c>,
/// <c>user remove NAME</c> and <c>user list</c>: the built-in accounts of <c>accounts.json</c>.
/// </summary>
internal sealed record UserArguments(string Action, string Name = "", AccessRole? Role = null, string? Email = null, bool PasswordStdin = false)
{
    public const string Add = "add";
    public const string Reset = "reset";
    public const string Remove = "remove";
    public const string List = "list";

    private static readonly string RoleNames = string.Join(", ", AccessRoles.Names);

    public static Command CreateCommand(Func<ParseResult, UserArguments, CancellationToken, Task<int>> run)
    {
        var user = new Command(
            BridgeCommand.User,
            $"The built-in accounts (in {AccountsFile.FileName} beside bridge.json) for installs without an identity provider; run on the machine itself.")
        {
            CreateAdd(run), CreateReset(run), CreateRemove(run),
        };
        var list = new Command(List, "Each account's name, role, e-mail, and when it was added and last changed (never its password).");
        list.SetAction((parse, cancellationToken) => run(parse, new UserArguments(List), cancellationToken));
        user.Subcommands.Add(list);
        return user;
    }

    private static Command CreateAdd(Func<ParseResult, UserArguments, CancellationToken, Task<int>> run)
    {
        var name = NameArgument(Add, checkRule: true);
        var role = CliOption.Missing(
            new Option<AccessRole?>("--role")
            {
                Description = $"what the account may do: {RoleNames.Replace(", ", "|", StringComparison.Ordinal)}",
                HelpName = "ROLE",
                CustomParser = result =>
                {
                    var given = result.Tokens.Count > 0 ? result.Tokens[0].Value : "";
                    if (AccessRoles.TryParse(given, out var parsed))
                    {
                        return parsed;
                    }

                    // System.CommandLine would take the next option (--role --email) as the value.
                    result.AddError(given.StartsWith("--", StringComparison.Ordinal) ? $"--role needs a value: one of {RoleNames}." : $"--role needs one of {RoleNames}, not '{given}'.");
                    return null;
                },
            },
            $"--role needs a value: one of {RoleNames}.");
        var email = CliOption.Text("--email", "E", "the person's e-mail; maps the account to the on-call person with that e-mail in OnCall:People", "an e-mail address");
        var stdin = PasswordStdinOption();
        var command = new Command(Add, $"Add an account; asks for its password twice (at least {AccountRules.MinPasswordLength} characters).") { name, role, email, stdin };
        command.Validators.Add(result =>
        {
            if (result.GetResult(role) is null)
            {
                result.AddError($"user add needs --role: one of {RoleNames}.");
            }

            if (result.GetResult(email) is { Tokens: [var token] } && AccountRules.EmailProblem(token.Value) is { } problem)
            {
                result.AddError($"--email: {problem}.");
            }
        });
        command.SetAction((parse, cancellationToken) =>
            run(parse, new UserArguments(Add, parse.GetValue(name)!, parse.GetValue(role), parse.GetValue(email), parse.GetValue(stdin)), cancellationToken));
        return command;
    }

    private static Command CreateReset(Func<ParseResult, UserArguments, CancellationToken, Task<int>> run)
    {
        var name = NameArgument(Reset, checkRule: false);
        var stdin = PasswordStdinOption();
        var command = new Command(Reset, "Set a new password for an account (asked twice) and end its lockout, if it has one.") { name, stdin };
        command.SetAction((parse, cancellationToken) => run(parse, new UserArguments(Reset, parse.GetValue(name)!, PasswordStdin: parse.GetValue(stdin)), cancellationToken));
        return command;
    }

    private static Command CreateRemove(Func<ParseResult, UserArguments, CancellationToken, Task<int>> run)
    {
        var name = NameArgument(Remove, checkRule: false);
        var command = new Command(Remove, "Remove an account: it signs in no more.") { name };
        command.SetAction((parse, cancellationToken) => run(parse, new UserArguments(Remove, parse.GetValue(name)!), cancellationToken));
        return command;
    }

    private static Argument<string> NameArgument(string verb, bool checkRule)
    {
        var name = CliOption.Missing(
            new Argument<string>("NAME") { Description = "the account's name: letters, digits and . _ @ - (any case; the same name in another case is the same account)" },
            $"user {verb} needs the account's name: bridge user {verb} NAME.");
        if (checkRule)
        {
            name.Validators.Add(result =>
            {
                if (AccountRules.NameProblem(result.GetValueOrDefault<string>()) is { } problem)
                {
                    result.AddError($"NAME: {problem}.");
                }
            });
        }

        return name;
    }

    private static Option<bool> PasswordStdinOption() =>
        CliOption.Flag("--password-stdin", "read the password from one line of standard input instead of asking for it (scripts)");
}
