using ChatPlatform.Sessions.Model;
using Microsoft.EntityFrameworkCore;

namespace ChatPlatform.Sessions.Infrastructure;

public static class SessionQueries
{
    public static Task<ChatSession?> FindSessionAsync(this SessionsDbContext db, Guid id, CancellationToken cancellationToken) =>
        db.Sessions.AsNoTracking().Include(s => s.Participants).SingleOrDefaultAsync(s => s.Id == id, cancellationToken);

    public static Task<ChatSession?> FindOpenDirectSessionAsync(this SessionsDbContext db, string pairKey, CancellationToken cancellationToken) =>
        db.Sessions.AsNoTracking().Include(s => s.Participants)
            .FirstOrDefaultAsync(s => s.DirectPairKey == pairKey && s.Status != SessionStatus.Closed, cancellationToken);

    /// <summary>Rooms the caller may see: public ones, private ones they take part in, or all for an admin.</summary>
    public static IQueryable<Room> VisibleRooms(this SessionsDbContext db, Caller caller) =>
        db.Rooms.Where(r => !r.IsPrivate || caller.IsAdmin
            || db.Participants.Any(p => p.SessionId == r.SessionId && p.UserId == caller.UserId));
}
