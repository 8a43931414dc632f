namespace BeltRoad.Stats.Domain;

public enum DocumentLanguage
{
    ZhHans,
    ZhHant,
    En,
}
