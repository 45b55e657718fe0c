package dk.indsatskatalog.model;

/** A partner organisation and its role (role may be null). */
public record Partner(String name, String role) {}
