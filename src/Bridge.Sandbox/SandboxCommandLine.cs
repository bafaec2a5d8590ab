using System.Globalization;

namespace Bridge.Sandbox;

/// <summary>Command-line options of the standalone sandbox.</summary>
internal sealed class SandboxCommandLine
{
    public const string Usage = """
        Bridge ConnectWise sandbox — a ConnectWise Manage REST API 3.0 look-alike on 127.0.0.1.

        Usage: dotnet run --project src/Bridge.Sandbox -- [options]
          --port N             port on 127.0.0.1 (default 5099; 0 = any free port)
          --urls URL           e.g. http://127.0.0.1:5099 (only the port is used; the sandbox binds loopback only)
          --company ID         company id (default bridgedemo)
          --public-key KEY     API public key (default sandboxpublickey)
          --private-key KEY    API private key (default sandboxprivatekey)
          --client-id GUID     required clientId header value
          --codebase PATH      codebase with trailing slash (default v4_6_release/)
          --signing-key KEY    callback signing key (default: random)
          --no-seed            start without the sample MSP data
          --quiet              do not print each request
          --help               show this text
        """;

    public SandboxOptions Options { get; } = new() { Port = 5099 };

    public bool Quiet { get; private set; }

    public bool Help { get; private set; }

    /// <summary>Parses <paramref name="args"/>; throws <see cref="ArgumentException"/> naming the bad option.</summary>
    public static SandboxCommandLine Parse(IReadOnlyList<string> args)
    {
        var result = new SandboxCommandLine();
        for (var i = 0; i < args.Count; i++)
        {
            var (name, inline) = Split(args[i]);
            string Value() => inline ?? (i + 1 < args.Count ? args[++i] : throw new ArgumentException($"{name} needs a value."));
            switch (name.ToLowerInvariant())
            {
                case "--port":
                    result.Options.Port = ParsePort(Value(), name);
                    break;
                case "--urls":
                    var url = Value().Split(';', StringSplitOptions.RemoveEmptyEntries)[0].Replace("*", "localhost", StringComparison.Ordinal).Replace("+", "localhost", StringComparison.Ordinal);
                    result.Options.Port = Uri.TryCreate(url, UriKind.Absolute, out var uri) ? uri.Port : throw new ArgumentException($"--urls: '{url}' is not a URL.");
                    break;
                case "--company":
                    result.Options.CompanyId = Value();
                    break;
                case "--public-key":
                    result.Options.PublicKey = Value();
                    break;
                case "--private-key":
                    result.Options.PrivateKey = Value();
                    break;
                case "--client-id":
                    result.Options.ClientId = Value();
                    break;
                case "--codebase":
                    result.Options.Codebase = Value();
                    break;
                case "--signing-key":
                    result.Options.CallbackSigningKey = Value();
                    break;
                case "--no-seed":
                    result.Options.SeedSampleData = false;
                    break;
                case "--quiet":
                    result.Quiet = true;
                    break;
                case "--help" or "-h" or "-?":
                    result.Help = true;
                    break;
                default:
                    throw new ArgumentException($"Unknown option '{args[i]}'. Use --help.");
            }
        }

        return result;
    }

    private static (string Name, string? Value) Split(string arg)
    {
        var equals = arg.IndexOf('=', StringComparison.Ordinal);
        return arg.StartsWith("--", StringComparison.Ordinal) && equals > 0 ? (arg[..equals], arg[(equals + 1)..]) : (arg, null);
    }

    private static int ParsePort(string text, string name) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var port) && port <= 65535
            ? port
            : throw new ArgumentException($"{name}: '{text}' is not a port number.");
}
