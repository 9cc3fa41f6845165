Write-Output "build agent ready"
