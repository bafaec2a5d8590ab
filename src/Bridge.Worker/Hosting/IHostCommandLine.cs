namespace Bridge.Worker.Hosting;

/// <summary>
/// What the host needs from the command line: where the configuration is, and the switches meant for the host.
/// The command line itself is parsed in <c>Cli/</c>, which builds the host; so the host names only this.
/// </summary>
internal interface IHostCommandLine
{
    string ConfigDirectory { get; }

    string[] HostArgs { get; }
}
