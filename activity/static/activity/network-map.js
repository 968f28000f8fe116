/* The cooperation map: draws the graph of /api/network/graph/ with cytoscape (bundled
   from npm into activity/vendor/ by `make vendor`). The table under the map holds the
   same data for screen readers and for browsers without JavaScript. */
(function () {
    "use strict";

    var KIND_COLOURS = {
        university: "#1d3c6e",
        college: "#00695c",
        school: "#b35c00",
        additional: "#7b1fa2"
    };
    var TIE_STYLES = {
        programme: { color: "#1d3c6e", style: "solid" },
        seminar: { color: "#00695c", style: "dashed" },
        resource: { color: "#b35c00", style: "dotted" }
    };

    function elements(graph) {
        var items = [];
        graph.regions.forEach(function (region) {
            items.push({ data: { id: "region:" + region.id, label: region.label, isRegion: true } });
        });
        var maxActivity = Math.max.apply(null, [1].concat(graph.nodes.map(function (n) { return n.activity; })));
        graph.nodes.forEach(function (node) {
            items.push({
                data: {
                    id: node.id,
                    label: node.label,
                    url: node.url,
                    parent: node.region ? "region:" + node.region : undefined,
                    colour: KIND_COLOURS[node.kind] || "#4a4f57",
                    size: 24 + 40 * Math.sqrt(node.activity / maxActivity)
                }
            });
        });
        graph.edges.forEach(function (edge) {
            var look = TIE_STYLES[edge.kind] || TIE_STYLES.programme;
            items.push({
                data: {
                    id: edge.id,
                    source: edge.source,
                    target: edge.target,
                    colour: look.color,
                    lineStyle: look.style,
                    width: 1.5 + Math.min(edge.weight, 6)
                }
            });
        });
        return items;
    }

    // Regions sit on a large circle, each region's institutions on a small circle around
    // the region's centre: the grouping stays legible and the picture is the same on
    // every visit.
    function positions(graph) {
        var byRegion = {};
        graph.nodes.forEach(function (node) {
            (byRegion[node.region] = byRegion[node.region] || []).push(node.id);
        });
        var regions = Object.keys(byRegion).sort();
        var bigRadius = regions.length > 1 ? 340 : 0;
        var result = {};
        regions.forEach(function (region, i) {
            var angle = (2 * Math.PI * i) / regions.length - Math.PI / 2;
            var cx = bigRadius * Math.cos(angle) * 1.5;
            var cy = bigRadius * Math.sin(angle);
            var members = byRegion[region];
            var radius = members.length > 1 ? 50 + 22 * members.length : 0;
            members.forEach(function (id, j) {
                var a = (2 * Math.PI * j) / members.length - Math.PI / 2;
                result[id] = { x: cx + radius * Math.cos(a), y: cy + radius * Math.sin(a) };
            });
        });
        return result;
    }

    function draw(container, graph) {
        container.textContent = "";
        var cy = window.cytoscape({
            container: container,
            elements: elements(graph),
            style: [
                {
                    selector: "node[size]",
                    style: {
                        "background-color": "data(colour)",
                        width: "data(size)",
                        height: "data(size)"
                    }
                },
                {
                    selector: "node",
                    style: {
                        label: "data(label)",
                        "font-size": 13,
                        color: "#1a1a1a",
                        "text-valign": "bottom",
                        "text-margin-y": 3,
                        "text-wrap": "wrap",
                        "text-max-width": 140,
                        "text-background-color": "#ffffff",
                        "text-background-opacity": 0.8
                    }
                },
                {
                    selector: "node[?isRegion]",
                    style: {
                        "background-color": "#f3f5f8",
                        "border-color": "#c9d1dc",
                        "border-width": 1,
                        shape: "round-rectangle",
                        "text-valign": "top",
                        "font-size": 15,
                        "font-weight": "bold",
                        color: "#132a4f",
                        padding: 14
                    }
                },
                {
                    selector: "edge",
                    style: {
                        width: "data(width)",
                        "line-color": "data(colour)",
                        "line-style": "data(lineStyle)",
                        "curve-style": "bezier",
                        opacity: 0.75
                    }
                },
                { selector: "node:selected", style: { "border-width": 3, "border-color": "#b35c00" } }
            ],
            layout: { name: "preset", positions: positions(graph), fit: true, padding: 24 }
        });
        cy.on("tap", "node", function (event) {
            var url = event.target.data("url");
            if (url) {
                window.location.href = url;
            }
        });
        cy.on("mouseover", "node", function (event) {
            if (event.target.data("url")) {
                container.style.cursor = "pointer";
            }
        });
        cy.on("mouseout", "node", function () {
            container.style.cursor = "";
        });
        // Reachable from the browser's console and the browser tests.
        window.portalNetworkMap = cy;
        container.dataset.ready = "true";
    }

    function start() {
        var container = document.getElementById("network-graph");
        if (!container || typeof window.cytoscape !== "function") {
            return;
        }
        fetch(container.dataset.graphUrl, { headers: { Accept: "application/json" } })
            .then(function (response) {
                if (!response.ok) {
                    throw new Error(response.status);
                }
                return response.json();
            })
            .then(function (graph) {
                draw(container, graph);
            })
            .catch(function () {
                container.dataset.ready = "error";
            });
    }

    if (document.readyState === "loading") {
        document.addEventListener("DOMContentLoaded", start);
    } else {
        start();
    }
})();
