namespace StaticMap.Core.Diagnostics;

/// <summary>
/// Turns the operating system's errors (an IOException's errno on Unix, its HRESULT on Windows) into plain reasons for
/// messages: "the disk is full (No space left on device)" rather than a stack trace or "please report this".
/// </summary>
public static class SystemErrors
{
    public const int EPERM = 1, ENOENT = 2, EIO = 5, EACCES = 13, EBUSY = 16, EEXIST = 17, EXDEV = 18, ENOTDIR = 20,
        EISDIR = 21, ENOSPC = 28, EROFS = 30, ENAMETOOLONG = 36, ENOTEMPTY = 39, ELOOP = 40, EDQUOT = 122;

    private const int WindowsDiskFull = unchecked((int)0x80070070), WindowsHandleDiskFull = unchecked((int)0x80070027);

    /// <summary>The errno behind an exception from the file system, when there is one (Unix; on Windows a few HRESULTs).</summary>
    public static int? Errno(Exception ex) => ex switch
    {
        FileNotFoundException or DirectoryNotFoundException => ENOENT,
        PathTooLongException => ENAMETOOLONG,
        UnauthorizedAccessException => EACCES,
        IOException { HResult: WindowsDiskFull or WindowsHandleDiskFull } => ENOSPC,
        IOException { HResult: > 0 and < 4096 } io => io.HResult,
        _ => null,
    };

    /// <summary>Whether the exception is the environment's doing (disk, permissions, file types), not a bug in StaticMap.</summary>
    public static bool IsEnvironment(Exception ex) => ex is IOException or UnauthorizedAccessException;

    /// <summary>A plain reason, with the system's own words in brackets, e.g. "the disk is full (No space left on device)".</summary>
    public static string Reason(Exception ex)
    {
        var system = SystemMessage(ex);
        var plain = Errno(ex) switch
        {
            ENOSPC => "the disk is full",
            EDQUOT => "the disk quota is used up",
            EROFS => "the file system is read-only",
            EACCES or EPERM => "permission is denied",
            ENOTDIR => "a part of the path is a file, not a folder",
            EISDIR => "it is a folder, not a file",
            EEXIST => "something with that name already exists",
            ENOTEMPTY => "the folder is not empty",
            ELOOP => "there are too many levels of symbolic links",
            ENOENT => "it does not exist",
            ENAMETOOLONG => "the path is too long",
            EIO => "the disk reported an input/output error",
            EBUSY => "it is in use",
            EXDEV => "it is on another file system",
            _ => null,
        };
        if (plain is null) return system;
        return system.Length == 0 || string.Equals(plain, system, StringComparison.OrdinalIgnoreCase) ? plain : $"{plain} ({system})";
    }

    /// <summary>The exception's message without the path .NET appends (" : '/x/y'") and without a trailing period.</summary>
    private static string SystemMessage(Exception ex)
    {
        var message = ex.Message.Split('\n')[0].Trim();
        var quote = message.IndexOf(" : '", StringComparison.Ordinal);
        if (quote > 0) message = message[..quote];
        return message.TrimEnd('.').Trim();
    }
}
