using System.Management.Automation.Language;

namespace Bridge.Install.Tests;

/// <summary>install.ps1 cannot run here (no Windows); the PowerShell parser still checks all of it.</summary>
public sealed class InstallPs1Tests
{
    private static ScriptBlockAst Parse(out ParseError[] errors) =>
        Parser.ParseFile(RepositoryRoot.File("install.ps1"), out _, out errors);

    [Fact]
    public void Parse_InstallScript_HasNoErrors()
    {
        Parse(out var errors);

        Assert.True(errors.Length == 0, string.Join(Environment.NewLine, errors.Select(e => $"{e.Extent.StartLineNumber}: {e.Message}")));
    }

    [Fact]
    public void Parameters_InstallUpgradeUninstall_AreSeparateSetsWithWhatIfSupport()
    {
        var script = Parse(out _);

        var parameters = script.ParamBlock!.Parameters.Select(p => p.Name.VariablePath.UserPath).ToList();
        Assert.Contains("Install", parameters);
        Assert.Contains("Upgrade", parameters);
        Assert.Contains("Uninstall", parameters);
        Assert.Contains("Purge", parameters);
        Assert.Contains("PrivateKey", parameters);
        var binding = script.ParamBlock.Attributes.Single(a => a.TypeName.Name == "CmdletBinding");
        Assert.Contains(binding.NamedArguments, a => a.ArgumentName == "SupportsShouldProcess");
    }

    [Fact]
    public void Functions_EveryStateChange_GoesThroughShouldProcess()
    {
        var script = Parse(out _);
        var mutating = new[] { "New-Service", "Start-Service", "Stop-Service", "Remove-Item", "Copy-Item", "New-Item" };

        var unguarded = script.FindAll(a => a is CommandAst c && mutating.Contains(c.GetCommandName(), StringComparer.OrdinalIgnoreCase), searchNestedScriptBlocks: true)
            .Cast<CommandAst>()
            .Where(command => !IsInsideShouldProcess(command))
            .Select(command => $"{command.Extent.StartLineNumber}: {command.Extent.Text}")
            .ToList();

        Assert.True(unguarded.Count == 0, "not guarded by ShouldProcess (breaks -WhatIf): " + string.Join("; ", unguarded));
    }

    [Fact]
    public void Script_RefusesWhenNotElevated_AndUsesVirtualServiceAccount()
    {
        var text = File.ReadAllText(RepositoryRoot.File("install.ps1"));
        var script = Parse(out _);

        var functions = script.FindAll(a => a is FunctionDefinitionAst, true).Cast<FunctionDefinitionAst>().Select(f => f.Name).ToList();
        Assert.Contains("Test-Elevated", functions);
        Assert.Contains("Protect-Secret", functions);
        Assert.Contains("Get-NewConfigKey", functions);
        Assert.Contains("NT SERVICE\\$Name", text);
        Assert.Contains("DataProtectionScope]::LocalMachine", text);
        // Each secret is a file named after its key: <Key>.dpapi, the private key and the PostgreSQL connection string.
        Assert.Contains("\"$Key.dpapi\"", text);
        Assert.Contains("-Key 'ConnectWise__PrivateKey'", text);
        Assert.Contains("-Key 'Storage__ConnectionString'", text);
    }

    private static bool IsInsideShouldProcess(Ast node)
    {
        for (var parent = node.Parent; parent is not null; parent = parent.Parent)
        {
            if (parent is IfStatementAst conditional && conditional.Clauses.Any(c => c.Item1.Extent.Text.Contains("ShouldProcess", StringComparison.Ordinal)))
            {
                return true;
            }
        }

        return false;
    }
}
