namespace ChatPlatform.EndToEnd.Tests.Contract;

/// <summary>
/// <c>clients/openapi/chatplatform.json</c>: the gateway's merged document as checked in, the source of the generated
/// client SDK. <c>CHATPLATFORM_UPDATE_OPENAPI=1</c> (what <c>scripts/export-openapi.sh</c> sets) makes the check rewrite it.
/// </summary>
public static class CheckedInDocument
{
    public const string UpdateVariable = "CHATPLATFORM_UPDATE_OPENAPI";

    public static string RepositoryRoot { get; } = FindRoot();

    public static string Path => System.IO.Path.Combine(RepositoryRoot, "clients", "openapi", "chatplatform.json");

    public static string ArtifactPath => System.IO.Path.Combine(RepositoryRoot, "artifacts", "openapi.json");

    public static bool UpdateRequested => Environment.GetEnvironmentVariable(UpdateVariable) is "1" or "true";

    private static string FindRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(directory.FullName, "ChatPlatform.sln")))
            {
                return directory.FullName;
            }
        }
        throw new InvalidOperationException($"No ChatPlatform.sln above {AppContext.BaseDirectory}.");
    }
}
