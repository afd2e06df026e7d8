using System.ComponentModel;
using System.Diagnostics;

namespace ChatPlatform.AppHost.Hosting;

/// <summary>Whether a Docker daemon answers, asked once per process.</summary>
internal static class ContainerRuntime
{
    private static readonly Lazy<bool> Available = new(DockerAnswers);

    public static bool IsAvailable => Available.Value;

    private static bool DockerAnswers()
    {
        try
        {
            // Output stays small (one version line or one error), so nothing needs to drain the pipes.
            using var docker = Process.Start(new ProcessStartInfo("docker", ["info", "--format", "{{.ServerVersion}}"])
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
            })!;

            if (docker.WaitForExit(TimeSpan.FromSeconds(10)))
            {
                return docker.ExitCode == 0;
            }

            docker.Kill(entireProcessTree: true);
            return false;
        }
        catch (Win32Exception)
        {
            return false;
        }
    }
}
