namespace KarmayogiBot.Protocol.Schema;

/// <summary>
/// One source of a message, as Teams draws it: the <c>[Position]</c> marker in the text opens a card with the
/// document's <see cref="Name"/>, <see cref="Abstract"/> and, where there is one, <see cref="Url"/>.
/// </summary>
/// <param name="Position">The number of the marker in the text, from 1.</param>
/// <param name="Name">The document (Teams shows at most <see cref="MessageEntity.MaxNameLength"/> characters).</param>
/// <param name="Abstract">Where in it (Teams shows at most <see cref="MessageEntity.MaxAbstractLength"/> characters).</param>
public sealed record MessageCitation(int Position, string Name, string Abstract, string? Url = null)
{
    /// <summary>The marker the text carries where the fact is stated: <c>[1]</c>.</summary>
    public string Marker => $"[{Position}]";
}
