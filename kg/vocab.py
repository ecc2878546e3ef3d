"""Node types and relation names, defined once and imported everywhere else."""

from __future__ import annotations

# Node types (the GraphML `type` attribute and the RDF classes of ontology/kg.ttl).
ARTICLE = "Article"
PUBLISHER = "Publisher"
PERSON = "Person"
TOPIC = "Topic"
NATION = "Nation"
INSTITUTION = "Institution"
AGREEMENT = "Agreement"
EVENT = "Event"
PLACE = "Place"
CLAIM = "Claim"
STORY = "Story"

NODE_TYPES = (ARTICLE, PUBLISHER, PERSON, TOPIC, NATION, INSTITUTION, AGREEMENT, EVENT, PLACE, CLAIM, STORY)

# Relations (the GraphML `relation` attribute and the RDF properties of ontology/kg.ttl).
REPORTED_BY = "reported-by"
FOUND_AT = "found-at"
AUTHORED_BY = "authored-by"
ABOUT = "about"
RELATED_TO = "related-to"
MENTIONS = "mentions"
PROPOSED = "proposed"
CO_SPONSORED = "co-sponsored"
ADOPTED = "adopted"
SIGNED = "signed"
RATIFIED = "ratified"
ISSUED = "issued"
SUPPORTED = "supported"
OPPOSED = "opposed"
WITHDREW_FROM = "withdrew-from"
NEGOTIATED_WITH = "negotiated-with"
SANCTIONED = "sanctioned"
AGENT = "agent"
OBJECT = "object"
PLACE_OF = "place"
CLAIMS = "claims"
CLAIM_ABOUT = "claim-about"
PART_OF_STORY = "part-of-story"

# The action vocabulary of the annotation guidelines (../shared/eval/GUIDELINES.md): what an actor does
# to an agreement, then what it does to another actor (ACTOR_RELATIONS).
ACTOR_RELATIONS = (NEGOTIATED_WITH, SANCTIONED)
ACTION_RELATIONS = (
    PROPOSED,
    CO_SPONSORED,
    ADOPTED,
    SIGNED,
    RATIFIED,
    ISSUED,
    SUPPORTED,
    OPPOSED,
    WITHDREW_FROM,
    *ACTOR_RELATIONS,
)
RELATIONS = (
    REPORTED_BY,
    FOUND_AT,
    AUTHORED_BY,
    ABOUT,
    RELATED_TO,
    MENTIONS,
    *ACTION_RELATIONS,
    AGENT,
    OBJECT,
    PLACE_OF,
    CLAIMS,
    CLAIM_ABOUT,
    PART_OF_STORY,
)

ACTOR_TYPES = (NATION, INSTITUTION, PERSON)
"""The node types that act: subjects of the action relations, parties of agreements."""
