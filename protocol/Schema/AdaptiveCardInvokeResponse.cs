using System.Text.Json.Nodes;

namespace KarmayogiBot.Protocol.Schema;

/// <summary>
/// The body answering an <c>adaptiveCard/action</c> invoke: a message shown to the user
/// (<see cref="MessageType"/>) or a card replacing the clicked one (<see cref="CardType"/>).
/// </summary>
public sealed record AdaptiveCardInvokeResponse(int StatusCode, string Type, JsonNode? Value)
{
    public const string MessageType = "application/vnd.microsoft.activity.message";
    public const string CardType = "application/vnd.microsoft.card.adaptive";

    /// <summary>200 with a short message Teams shows under the card.</summary>
    public static AdaptiveCardInvokeResponse Message(string text) => new(200, MessageType, JsonValue.Create(text));

    /// <summary>200 with a card that replaces the clicked card.</summary>
    public static AdaptiveCardInvokeResponse Card(JsonNode card) => new(200, CardType, card);
}
