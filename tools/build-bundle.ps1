# The one-folder bundle and the per-user setup program on Windows:
#   powershell -ExecutionPolicy Bypass -File tools\build-bundle.ps1 [-NoInstaller]
# makes dist\openreport\ (openreport.exe, openreport-cli.exe) and, with Inno Setup 6 installed
# (choco install innosetup), dist\OpenReport-VERSION-setup.exe. Uses $env:PYTHON, else the
# checkout's .venv, else a new .venv made with the Python launcher (py -3.11) holding
# OpenReport and PyInstaller (pip install -e .[test]): the same steps as tools/build-bundle.
param([switch]$NoInstaller)
$ErrorActionPreference = "Stop"
$root = Split-Path -Parent $PSScriptRoot
$python = $env:PYTHON
if (-not $python) {
    $python = Join-Path $root ".venv\Scripts\python.exe"
    if (-not (Test-Path $python)) {
        & py -3.11 -m venv (Join-Path $root ".venv")
        if ($LASTEXITCODE -ne 0) { throw "py -3.11 -m venv failed (install Python 3.11)" }
        & $python -m pip install -q -e "$root[test]"
        if ($LASTEXITCODE -ne 0) { throw "pip install failed" }
    }
}
$options = @()
if (-not $NoInstaller) { $options += "--installer" }
& $python (Join-Path $root "tools\build_bundle.py") @options @args
exit $LASTEXITCODE
