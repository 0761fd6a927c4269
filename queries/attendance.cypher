// name: attendance
// description: Who attended which summit or meeting; filter by actor (a country counts its leaders) or by words of the event's name.
// params: actor actor = "", event string = ""
// example: --actor Russia --event summit
// columns: date, actor, event, place, articles, sentences
MATCH (a)-[r:ATTENDED]->(e:Event)
WHERE ($actor = "" OR a.id = $actor OR r.subject_country = $actor)
  AND ($event = "" OR lower(e.name) CONTAINS lower($event))
RETURN r.date AS date, a.name AS actor, e.name AS event, e.place AS place,
       r.articles AS articles, r.sentences AS sentences
ORDER BY date, actor, event
