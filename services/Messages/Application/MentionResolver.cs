using ChatPlatform.Messages.Infrastructure;
using ChatPlatform.Messages.Rules;
using Microsoft.EntityFrameworkCore;

namespace ChatPlatform.Messages.Application;

/// <summary>Fills a message's mentions: the ids in metadata.mentions plus the participants its @tokens name.</summary>
public sealed class MentionResolver(MessagesDbContext db)
{
    public async Task<IReadOnlyList<Guid>> ResolveAsync(Guid sessionId, string content, IReadOnlyList<Guid> fromMetadata, CancellationToken cancellationToken)
    {
        if (!MentionParser.MayMention(content))
        {
            return fromMetadata;
        }
        var participants = await (
            from member in db.SessionMembers
            where member.SessionId == sessionId && member.IsActive
            join user in db.Users on member.UserId equals user.UserId into users
            from user in users.DefaultIfEmpty()
            select new MentionCandidate(member.UserId, user == null ? null : user.Email, user == null ? null : user.DisplayName))
            .ToListAsync(cancellationToken);
        return fromMetadata.Concat(MentionParser.Resolve(content, participants)).Distinct().Take(MessageLimits.MaxMentions).ToList();
    }
}
