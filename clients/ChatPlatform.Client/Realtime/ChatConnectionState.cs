namespace ChatPlatform.Client.Realtime;

public enum ChatConnectionState
{
    /// <summary>The first handshake is running.</summary>
    Connecting,

    /// <summary>A socket is open; sends go out at once.</summary>
    Open,

    /// <summary>The socket dropped; sends wait and are resent with their ids once a new socket is open.</summary>
    Reconnecting,

    /// <summary>Disposed, or the server refused the connection for good (401 after a refresh, 403, 404).</summary>
    Closed,
}
