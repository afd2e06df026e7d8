using ChatPlatform.Messages.Application;

namespace ChatPlatform.Messages.Apis;

public sealed record ReadCursorsServices(ReadCursorService Cursors, SessionAccessResolver Access);
