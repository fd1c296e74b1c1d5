namespace KarmayogiBot.Domain.Catalog;

/// <summary>The kind of formation an officer is posted in; with the designation it decides the role (Annexure A).</summary>
public enum Wing
{
    Gst,
    Customs,
    Other,
}
