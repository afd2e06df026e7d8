namespace ChatPlatform.Bench;

/// <summary>Which client carries the measured WebSocket load of the platform scenarios (<c>--client</c>).</summary>
public enum LoadClientKind
{
    /// <summary>The bench's own socket client: frames built and read in place, nothing allocated per frame (Load/LoadClient.cs).</summary>
    Raw,

    /// <summary>The SDK's <c>ChatConnection</c>, as an app would use it: sends awaited to their ack, frames read from its channel.</summary>
    Sdk,
}
