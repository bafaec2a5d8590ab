using System.Text;

namespace Bridge.Worker.Cli;

/// <summary>
/// What a person types to a verb: at a console, a secret read key by key without echo; when the input is redirected
/// (a pipe, a script, a test), one line of it.
/// </summary>
internal sealed class CliInput(TextReader reader, bool redirected)
{
    public static CliInput FromConsole() => new(Console.In, Console.IsInputRedirected);

    public bool IsRedirected { get; } = redirected;

    /// <summary>One line; null at the end of the input.</summary>
    public string? ReadLine() => reader.ReadLine();

    /// <summary>Shows <paramref name="label"/> on <paramref name="prompt"/> and reads a secret without echoing it; one line when redirected.</summary>
    public string? ReadSecret(TextWriter prompt, string label)
    {
        if (IsRedirected)
        {
            return reader.ReadLine();
        }

        prompt.Write(label);
        prompt.Flush();
        var typed = new StringBuilder();
        while (true)
        {
            var key = Console.ReadKey(intercept: true);
            if (key.Key == ConsoleKey.Enter)
            {
                break;
            }

            if (key.Key == ConsoleKey.Backspace)
            {
                typed.Length = Math.Max(0, typed.Length - 1);
            }
            else if (!char.IsControl(key.KeyChar))
            {
                typed.Append(key.KeyChar);
            }
        }

        prompt.WriteLine();
        return typed.ToString();
    }
}
