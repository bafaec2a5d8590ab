namespace Bridge.Install.Tests;

/// <summary>deploy/linux/install.sh into a temporary root: what lands where, and what is kept.</summary>
[System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
public sealed class InstallShTests : IDisposable
{
    private readonly string _work = Path.Combine(Path.GetTempPath(), "bridge-install", Guid.NewGuid().ToString("N"));
    private readonly string _root;
    private readonly string _published;

    public InstallShTests()
    {
        _root = Path.Combine(_work, "root");
        _published = Path.Combine(_work, "publish");
        Directory.CreateDirectory(Path.Combine(_published, "config"));
        File.WriteAllText(Path.Combine(_published, "Bridge.Worker"), "#!/bin/sh\necho bridge\n");
        File.SetUnixFileMode(Path.Combine(_published, "Bridge.Worker"), UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        File.Copy(RepositoryRoot.File("config", "appsettings.json"), Path.Combine(_published, "config", "appsettings.json"));
        File.Copy(RepositoryRoot.File("config", "bridge.json"), Path.Combine(_published, "config", "bridge.json"));
    }

    private Task<(int Exit, string Output)> Install(string action, string? stdin = null, params string[] more) =>
        ProcessRunner.RunAsync("bash", [RepositoryRoot.File("deploy", "linux", "install.sh"), action, "--from", _published, "--root", _root, .. more], stdin);

    [Fact]
    public async Task Shellcheck_InstallScript_IsClean()
    {
        var (exit, output) = await ProcessRunner.RunAsync("shellcheck", [RepositoryRoot.File("deploy", "linux", "install.sh")]);

        Assert.True(exit == 0, output);
    }

    [Fact]
    public async Task Install_TemporaryRoot_BinariesConfigKeyAndAVerifiableUnit()
    {
        var (exit, output) = await Install("--install", "cw-private-key-value\n", "--private-key-stdin");

        Assert.True(exit == 0, output);
        Assert.True(File.Exists(Path.Combine(_root, "opt", "bridge", "Bridge.Worker")));
        Assert.True(File.Exists(Path.Combine(_root, "etc", "bridge", "bridge.json")));
        var env = Path.Combine(_root, "etc", "bridge", "bridge.env");
        Assert.Equal("Bridge__ConnectWise__PrivateKey=cw-private-key-value\n", File.ReadAllText(env));
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(env));
        Assert.DoesNotContain("cw-private-key-value", output);
        var unit = File.ReadAllText(Path.Combine(_root, "etc", "systemd", "system", "bridge.service"));
        Assert.Contains("Type=notify", unit);
        Assert.Contains($"ExecStart={_root}/opt/bridge/Bridge.Worker run --config {_root}/etc/bridge", unit);
        Assert.Contains("ProtectSystem=strict", unit);
        Assert.Contains("NoNewPrivileges=yes", unit);
        Assert.DoesNotContain("@PREFIX@", unit);

        var (verifyExit, verifyOutput) = await ProcessRunner.RunAsync("systemd-analyze", ["verify", Path.Combine(_root, "etc", "systemd", "system", "bridge.service")]);
        Assert.True(verifyExit == 0, verifyOutput);
    }

    [Fact]
    public async Task Install_WithPostgres_KeysAndConnectionStringInTheRootOnlyFile_NeverOnScreen()
    {
        const string Connection = "Host=db.example.internal;Database=bridge;Username=bridge;Password=pg-secret-value";

        var (exit, output) = await Install("--install", $"cw-private-key-value\n{Connection}\n", "--private-key-stdin", "--postgres-stdin", "--instance-name", "bridge-a");

        Assert.True(exit == 0, output);
        var env = Path.Combine(_root, "etc", "bridge", "bridge.env");
        Assert.Equal(
            $"Bridge__ConnectWise__PrivateKey=cw-private-key-value\nBridge__Storage__Provider=PostgreSql\nBridge__Storage__ConnectionString={Connection}\nBridge__Storage__InstanceName=bridge-a\n",
            File.ReadAllText(env));
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(env));
        Assert.DoesNotContain("pg-secret-value", output);
        Assert.DoesNotContain("cw-private-key-value", output);
    }

    [Fact]
    public async Task Install_Twice_IsNotAnErrorAndKeepsTheAdminsFile()
    {
        await Install("--install");
        var adminFile = Path.Combine(_root, "etc", "bridge", "bridge.json");
        File.WriteAllText(adminFile, """{ "ConnectWise": { "CompanyId": "acme" } }""");

        var (exit, output) = await Install("--install");

        Assert.True(exit == 0, output);
        Assert.Equal("""{ "ConnectWise": { "CompanyId": "acme" } }""", File.ReadAllText(adminFile));
        Assert.True(File.Exists(adminFile + ".shipped"));
        Assert.Contains("BaseUrl", output);
    }

    [Fact]
    public async Task Upgrade_ReplacesBinariesKeepsConfig_UninstallKeepsConfigPurgeRemovesIt()
    {
        await Install("--install");
        File.WriteAllText(Path.Combine(_published, "Bridge.Worker"), "#!/bin/sh\necho bridge v2\n");
        var adminFile = Path.Combine(_root, "etc", "bridge", "bridge.json");
        var before = File.ReadAllText(adminFile);

        var (upgradeExit, upgradeOutput) = await Install("--upgrade");
        Assert.True(upgradeExit == 0, upgradeOutput);
        Assert.Contains("v2", File.ReadAllText(Path.Combine(_root, "opt", "bridge", "Bridge.Worker")));
        Assert.Equal(before, File.ReadAllText(adminFile));

        var (uninstallExit, _) = await Install("--uninstall");
        Assert.Equal(0, uninstallExit);
        Assert.False(Directory.Exists(Path.Combine(_root, "opt", "bridge")));
        Assert.False(File.Exists(Path.Combine(_root, "etc", "systemd", "system", "bridge.service")));
        Assert.True(File.Exists(adminFile));

        var (purgeExit, _) = await Install("--uninstall", null, "--purge");
        Assert.Equal(0, purgeExit);
        Assert.False(Directory.Exists(Path.Combine(_root, "etc", "bridge")));
    }

    [Fact]
    public async Task DryRun_Install_ChangesNothing()
    {
        var (exit, output) = await Install("--install", null, "--dry-run");

        Assert.True(exit == 0, output);
        Assert.Contains("[dry-run]", output);
        Assert.False(Directory.Exists(_root));
    }

    [Fact]
    public async Task Upgrade_NotInstalled_RefusesClearly()
    {
        var (exit, output) = await Install("--upgrade");

        Assert.NotEqual(0, exit);
        Assert.Contains("not installed", output);
    }

    public void Dispose()
    {
        if (Directory.Exists(_work))
        {
            Directory.Delete(_work, recursive: true);
        }
    }
}
