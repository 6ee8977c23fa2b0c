package org.docket.classification;

/** A service that post can be for, as listed in taxonomy.yml; the id is part of Docket's contract. */
public record Category(String id, String name, String description, String target) {
}
