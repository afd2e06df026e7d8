using ChatPlatform.Messages.Application.Membership;
using ChatPlatform.Messages.Application.ReadCursors;

namespace ChatPlatform.Messages.Apis;

public sealed record ReadCursorsServices(ReadCursorService Cursors, ReadCursorReader Reader, SessionAccessResolver Access);
