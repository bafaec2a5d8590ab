<#
.SYNOPSIS
    Installs, upgrades or removes Bridge as a Windows service next to ConnectWise Manage.

.DESCRIPTION
    -Install    publishes the worker (or takes -From, an already published folder), copies it to
                Program Files\Bridge, puts configuration and data under ProgramData\Bridge (an existing
                bridge.json is never overwritten; keys the shipped copy adds are reported), creates the
                service under its own virtual account (NT SERVICE\Bridge) with restart-on-failure, and
                starts it. Running it twice is not an error.
    -Upgrade    stops the service, replaces the binaries, keeps configuration and data, starts it.
    -Uninstall  removes the service and the binaries; keeps configuration and data unless -Purge.
    -WhatIf     shows every step without doing it.
    -PrivateKey stores the ConnectWise private key protected with DPAPI (machine scope) in
                ProgramData\Bridge\config\secrets, readable by the service account only; the worker
                reads it at start, so the key never sits in bridge.json.

.EXAMPLE
    .\install.ps1 -Install
.EXAMPLE
    .\install.ps1 -Install -From .\publish -PrivateKey (Read-Host -AsSecureString 'ConnectWise private key')
    .\install.ps1 -Install -From .\publish -PrivateKey $key -PostgresConnectionString (Read-Host -AsSecureString 'PostgreSQL connection string') -InstanceName bridge-a
.EXAMPLE
    .\install.ps1 -Upgrade -From .\publish
.EXAMPLE
    .\install.ps1 -Uninstall -Purge -WhatIf
#>
[CmdletBinding(SupportsShouldProcess = $true, DefaultParameterSetName = 'Install')]
param(
    [Parameter(ParameterSetName = 'Install', Mandatory = $true)][switch] $Install,
    [Parameter(ParameterSetName = 'Upgrade', Mandatory = $true)][switch] $Upgrade,
    [Parameter(ParameterSetName = 'Uninstall', Mandatory = $true)][switch] $Uninstall,
    [Parameter(ParameterSetName = 'Install')][Parameter(ParameterSetName = 'Upgrade')][string] $From,
    [Parameter(ParameterSetName = 'Install')][System.Security.SecureString] $PrivateKey,
    [Parameter(ParameterSetName = 'Install')][System.Security.SecureString] $PostgresConnectionString,
    [Parameter(ParameterSetName = 'Install')][string] $InstanceName,
    [Parameter(ParameterSetName = 'Uninstall')][switch] $Purge,
    [string] $ServiceName = 'Bridge',
    [string] $InstallDir = (Join-Path $env:ProgramFiles 'Bridge'),
    [string] $DataDir = (Join-Path $env:ProgramData 'Bridge')
)

Set-StrictMode -Version 2.0
$ErrorActionPreference = 'Stop'

function Test-Elevated {
    $identity = [Security.Principal.WindowsIdentity]::GetCurrent()
    $principal = New-Object Security.Principal.WindowsPrincipal($identity)
    return $principal.IsInRole([Security.Principal.WindowsBuiltInRole]::Administrator)
}

function Get-ServiceAccount([string] $Name) {
    # A virtual account: no password, its own identity for file permissions.
    return "NT SERVICE\$Name"
}

function Get-ServiceCommandLine([string] $Directory, [string] $ConfigDirectory) {
    $exe = Join-Path $Directory 'Bridge.Worker.exe'
    return ('"{0}" run --config "{1}"' -f $exe, $ConfigDirectory)
}

function Get-JsonKeyPath([object] $Node, [string] $Prefix) {
    # Every key path ("Section:Key:Sub") of a parsed JSON document, arrays taken as leaves.
    $paths = @()
    if ($Node -is [System.Management.Automation.PSCustomObject]) {
        foreach ($property in $Node.PSObject.Properties) {
            $path = if ($Prefix) { "${Prefix}:$($property.Name)" } else { $property.Name }
            $paths += $path
            $paths += Get-JsonKeyPath -Node $property.Value -Prefix $path
        }
    }
    return $paths
}

function Get-NewConfigKey([string] $ShippedJson, [string] $CurrentJson) {
    # Keys the shipped bridge.json has that the admin's copy lacks, so an upgrade can say so.
    $shipped = Get-JsonKeyPath -Node ($ShippedJson | ConvertFrom-Json) -Prefix ''
    $current = Get-JsonKeyPath -Node ($CurrentJson | ConvertFrom-Json) -Prefix ''
    return @($shipped | Where-Object { $current -notcontains $_ } | Where-Object { $_ -ne '$schema' })
}

function Protect-Secret([System.Security.SecureString] $Secret) {
    Add-Type -AssemblyName System.Security
    $pointer = [Runtime.InteropServices.Marshal]::SecureStringToBSTR($Secret)
    try {
        $plain = [Runtime.InteropServices.Marshal]::PtrToStringBSTR($pointer)
        $bytes = [Text.Encoding]::UTF8.GetBytes($plain)
        return [Security.Cryptography.ProtectedData]::Protect($bytes, $null, [Security.Cryptography.DataProtectionScope]::LocalMachine)
    }
    finally {
        [Runtime.InteropServices.Marshal]::ZeroFreeBSTR($pointer)
    }
}

function Resolve-PublishedFolder {
    if ($From) {
        $folder = (Resolve-Path $From).Path
    }
    else {
        $folder = Join-Path $PSScriptRoot 'artifacts\publish\win-x64'
        if ($PSCmdlet.ShouldProcess($folder, 'dotnet publish src/Bridge.Worker (win-x64, self-contained, single file)')) {
            & dotnet publish (Join-Path $PSScriptRoot 'src\Bridge.Worker') -c Release -r win-x64 --self-contained -p:PublishSingleFile=true -o $folder
            if ($LASTEXITCODE -ne 0) { throw "dotnet publish failed with exit code $LASTEXITCODE" }
        }
    }
    if (-not (Test-Path (Join-Path $folder 'Bridge.Worker.exe')) -and -not $WhatIfPreference) {
        throw "Bridge.Worker.exe not found in $folder; publish first or pass -From."
    }
    return $folder
}

function Copy-Binaries([string] $Source) {
    if ($PSCmdlet.ShouldProcess($InstallDir, "copy binaries from $Source")) {
        New-Item -ItemType Directory -Force -Path $InstallDir | Out-Null
        Get-ChildItem -Path $Source -Exclude 'config' | Copy-Item -Destination $InstallDir -Recurse -Force
    }
}

function Install-Configuration([string] $Source) {
    $configDir = Join-Path $DataDir 'config'
    if ($PSCmdlet.ShouldProcess($configDir, 'create configuration directory (existing files are kept)')) {
        New-Item -ItemType Directory -Force -Path $configDir | Out-Null
    }
    foreach ($file in @('appsettings.json', 'bridge.json', 'bridge.schema.json')) {
        $shipped = Join-Path (Join-Path $Source 'config') $file
        $target = Join-Path $configDir $file
        if (-not (Test-Path $shipped)) { continue }
        if (-not (Test-Path $target)) {
            if ($PSCmdlet.ShouldProcess($target, "copy shipped $file")) { Copy-Item $shipped $target }
            continue
        }
        if ($file -eq 'bridge.schema.json') {
            if ($PSCmdlet.ShouldProcess($target, 'refresh the schema')) { Copy-Item $shipped $target -Force }
            continue
        }
        $added = Get-NewConfigKey -ShippedJson (Get-Content $shipped -Raw) -CurrentJson (Get-Content $target -Raw)
        if ($added.Count -gt 0) {
            Write-Warning ("{0} is kept; the shipped copy adds: {1}. See {0}.shipped" -f $target, ($added -join ', '))
            if ($PSCmdlet.ShouldProcess("$target.shipped", 'write the shipped copy beside yours')) { Copy-Item $shipped "$target.shipped" -Force }
        }
    }
    return $configDir
}

function Set-DataPermissions([string] $Account) {
    if ($PSCmdlet.ShouldProcess($DataDir, "grant $Account modify rights")) {
        New-Item -ItemType Directory -Force -Path (Join-Path $DataDir 'config\data') | Out-Null
        & icacls.exe $DataDir /grant "${Account}:(OI)(CI)M" /T /Q | Out-Null
        if ($LASTEXITCODE -ne 0) { throw "icacls failed on $DataDir" }
    }
}

function Save-Secret([string] $ConfigDirectory, [string] $Account, [string] $Key, [System.Security.SecureString] $Secret, [string] $What) {
    $secrets = Join-Path $ConfigDirectory 'secrets'
    $file = Join-Path $secrets "$Key.dpapi"
    if ($PSCmdlet.ShouldProcess($file, "store $What (DPAPI, machine scope; readable by the service only)")) {
        New-Item -ItemType Directory -Force -Path $secrets | Out-Null
        [IO.File]::WriteAllBytes($file, (Protect-Secret -Secret $Secret))
        & icacls.exe $secrets /inheritance:r /grant:r 'SYSTEM:(OI)(CI)F' 'Administrators:(OI)(CI)F' "${Account}:(OI)(CI)R" /Q | Out-Null
        if ($LASTEXITCODE -ne 0) { throw "icacls failed on $secrets" }
    }
}

function Save-PrivateKey([string] $ConfigDirectory, [string] $Account) {
    if (-not $PrivateKey) { return }
    Save-Secret -ConfigDirectory $ConfigDirectory -Account $Account -Key 'ConnectWise__PrivateKey' -Secret $PrivateKey -What 'the ConnectWise private key'
}

# Several instances on one PostgreSQL database: the connection string is a secret (it holds the password); the
# provider and the instance's name in the engine lease are kept beside it, so bridge.json stays the same on every machine.
function Save-PostgresStorage([string] $ConfigDirectory, [string] $Account) {
    if (-not $PostgresConnectionString) { return }
    Save-Secret -ConfigDirectory $ConfigDirectory -Account $Account -Key 'Storage__ConnectionString' -Secret $PostgresConnectionString -What 'the PostgreSQL connection string'
    Save-Secret -ConfigDirectory $ConfigDirectory -Account $Account -Key 'Storage__Provider' -Secret (ConvertTo-SecureString 'PostgreSql' -AsPlainText -Force) -What 'the storage provider (PostgreSql)'
    if ($InstanceName) {
        Save-Secret -ConfigDirectory $ConfigDirectory -Account $Account -Key 'Storage__InstanceName' -Secret (ConvertTo-SecureString $InstanceName -AsPlainText -Force) -What "this instance's name ($InstanceName)"
    }
}

function Install-BridgeService([string] $CommandLine) {
    $existing = Get-Service -Name $ServiceName -ErrorAction SilentlyContinue
    if ($existing) {
        if ($PSCmdlet.ShouldProcess($ServiceName, 'update the service command line')) {
            & sc.exe config $ServiceName binPath= $CommandLine obj= (Get-ServiceAccount $ServiceName) start= delayed-auto | Out-Null
        }
    }
    elseif ($PSCmdlet.ShouldProcess($ServiceName, "create the service ($CommandLine)")) {
        New-Service -Name $ServiceName -BinaryPathName $CommandLine -DisplayName 'Bridge (ConnectWise after-hours paging)' `
            -Description 'Pages the on-call technician for ConnectWise tickets that cannot wait, and writes it all back to the ticket.' `
            -StartupType Automatic | Out-Null
        & sc.exe config $ServiceName obj= (Get-ServiceAccount $ServiceName) start= delayed-auto | Out-Null
    }
    if ($PSCmdlet.ShouldProcess($ServiceName, 'restart on failure after 10 s, 30 s, 60 s')) {
        & sc.exe failure $ServiceName reset= 86400 actions= restart/10000/restart/30000/restart/60000 | Out-Null
        & sc.exe failureflag $ServiceName 1 | Out-Null
    }
}

function Start-BridgeService {
    if ($PSCmdlet.ShouldProcess($ServiceName, 'start')) { Start-Service -Name $ServiceName }
}

function Stop-BridgeService {
    $service = Get-Service -Name $ServiceName -ErrorAction SilentlyContinue
    if ($service -and $service.Status -ne 'Stopped' -and $PSCmdlet.ShouldProcess($ServiceName, 'stop')) {
        Stop-Service -Name $ServiceName -Force
        $service.WaitForStatus('Stopped', [TimeSpan]::FromSeconds(60))
    }
}

if (-not $WhatIfPreference -and -not (Test-Elevated)) {
    throw 'Run this from an elevated PowerShell (Run as administrator): installing a service needs it.'
}

$account = Get-ServiceAccount $ServiceName
switch ($PSCmdlet.ParameterSetName) {
    'Install' {
        $published = Resolve-PublishedFolder
        Stop-BridgeService
        Copy-Binaries -Source $published
        $configDir = Install-Configuration -Source $published
        Install-BridgeService -CommandLine (Get-ServiceCommandLine -Directory $InstallDir -ConfigDirectory $configDir)
        Set-DataPermissions -Account $account
        Save-PrivateKey -ConfigDirectory $configDir -Account $account
        Save-PostgresStorage -ConfigDirectory $configDir -Account $account
        Start-BridgeService
        Write-Host "Installed. Check the configuration with: & '$InstallDir\Bridge.Worker.exe' validate --config '$configDir'"
    }
    'Upgrade' {
        if (-not (Get-Service -Name $ServiceName -ErrorAction SilentlyContinue) -and -not $WhatIfPreference) {
            throw "The service $ServiceName is not installed; use -Install."
        }
        $published = Resolve-PublishedFolder
        Stop-BridgeService
        Copy-Binaries -Source $published
        [void](Install-Configuration -Source $published)
        Start-BridgeService
        Write-Host 'Upgraded; configuration and data kept.'
    }
    'Uninstall' {
        Stop-BridgeService
        if ((Get-Service -Name $ServiceName -ErrorAction SilentlyContinue) -and $PSCmdlet.ShouldProcess($ServiceName, 'delete the service')) {
            & sc.exe delete $ServiceName | Out-Null
        }
        if ((Test-Path $InstallDir) -and $PSCmdlet.ShouldProcess($InstallDir, 'remove binaries')) {
            Remove-Item -Recurse -Force $InstallDir
        }
        if ($Purge) {
            if ((Test-Path $DataDir) -and $PSCmdlet.ShouldProcess($DataDir, 'remove configuration and data (-Purge)')) {
                Remove-Item -Recurse -Force $DataDir
            }
        }
        else {
            Write-Host "Kept configuration and data in $DataDir (use -Purge to delete them)."
        }
    }
}
