namespace StaticMap.Core.Diagnostics;

public enum Severity
{
    Warning,
    Error,
}
