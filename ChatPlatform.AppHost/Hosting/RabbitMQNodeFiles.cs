using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace ChatPlatform.AppHost.Hosting;

/// <summary>The files a RabbitMQ node reads from its own directory instead of /etc/rabbitmq and ~.</summary>
internal sealed record RabbitMQNodeFiles(string Directory)
{
    public string Home => Path.Combine(Directory, "home");
    public string Mnesia => Path.Combine(Directory, "mnesia");
    public string Logs => Path.Combine(Directory, "log");
    public string ConfigFile => Path.Combine(Directory, "rabbitmq.conf");
    public string EnabledPluginsFile => Path.Combine(Directory, "enabled_plugins");
    private string DefinitionsFile => Path.Combine(Directory, "definitions.json");

    /// <summary>
    /// Writes config, plugins and cookie. The user comes from a definitions file the node imports on
    /// every boot, so a changed password takes effect on a node that already has data.
    /// </summary>
    public void Write(string userName, string password)
    {
        System.IO.Directory.CreateDirectory(Home);
        StateFiles.CreateOnce(Path.Combine(Home, ".erlang.cookie"), () => Convert.ToHexString(RandomNumberGenerator.GetBytes(20)));
        StateFiles.WritePrivate(EnabledPluginsFile, "[].\n");
        StateFiles.WritePrivate(ConfigFile, $"""
            loopback_users = none
            load_definitions = {DefinitionsFile}
            """);
        StateFiles.WritePrivate(DefinitionsFile, JsonSerializer.Serialize(new
        {
            users = new[] { new { name = userName, password_hash = HashPassword(password), hashing_algorithm = "rabbit_password_hashing_sha256", tags = "administrator" } },
            vhosts = new[] { new { name = "/" } },
            permissions = new[] { new { user = userName, vhost = "/", configure = ".*", write = ".*", read = ".*" } },
        }));
    }

    // RabbitMQ's format: base64(salt ++ SHA-256(salt ++ password)) with a 4-byte salt.
    private static string HashPassword(string password)
    {
        var salt = RandomNumberGenerator.GetBytes(4);
        return Convert.ToBase64String([.. salt, .. SHA256.HashData([.. salt, .. Encoding.UTF8.GetBytes(password)])]);
    }
}
