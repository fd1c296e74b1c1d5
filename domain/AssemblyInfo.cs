namespace KarmayogiBot.Domain;
