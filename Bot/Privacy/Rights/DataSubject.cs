namespace IntervisieBot.Privacy.Rights;

/// <summary>The person asking about their data, from the authenticated activity (never from card data).</summary>
/// <param name="UserKey">Entra object id, or the bot-specific user id when Teams sends none.</param>
/// <param name="UserId">The bot-specific Teams user id (29:…).</param>
public sealed record DataSubject(string TenantId, string UserKey, string UserId, string ConversationId = "");
