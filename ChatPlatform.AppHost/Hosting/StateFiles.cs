namespace ChatPlatform.AppHost.Hosting;

/// <summary>Files the servers read from the state directory.</summary>
internal static class StateFiles
{
    private const UnixFileMode OwnerReadWrite = UnixFileMode.UserRead | UnixFileMode.UserWrite;

    /// <summary>Replaces <paramref name="path"/> with a file only its owner can read.</summary>
    public static void WritePrivate(string path, string contents)
    {
        File.Delete(path);
        using var writer = new StreamWriter(path, new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write, UnixCreateMode = OwnerReadWrite });
        writer.Write(contents);
    }

    /// <summary>Writes <paramref name="path"/> unless it exists already, leaving it readable by its owner only.</summary>
    public static void CreateOnce(string path, Func<string> contents)
    {
        if (File.Exists(path))
        {
            return;
        }

        WritePrivate(path, contents());
        File.SetUnixFileMode(path, UnixFileMode.UserRead);
    }
}
