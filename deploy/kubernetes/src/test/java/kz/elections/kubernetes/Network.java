package kz.elections.kubernetes;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.networking.v1.IPBlock;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyPeer;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyPort;
import java.util.List;
import java.util.Map;

/**
 * Which connections the rendered NetworkPolicies allow, by the rules of the NetworkPolicy API: a pod
 * that some policy selects for a direction is isolated in that direction, and then a connection needs
 * a rule of one of those policies that matches the peer and the port. A connection needs both the
 * sender's egress and the receiver's ingress; pods outside the rendered namespace are not isolated
 * (their own policies are not ours).
 */
final class Network {

    /** A pod (namespace, its labels and its named ports) or an address outside the cluster (ip). */
    record Endpoint(String name, String namespace, Map<String, String> labels, Map<String, Integer> namedPorts, String ip) {

        static Endpoint pod(String name, String namespace, Map<String, String> labels, Map<String, Integer> namedPorts) {
            return new Endpoint(name, namespace, labels, namedPorts, null);
        }

        static Endpoint address(String ip) {
            return new Endpoint(ip, null, Map.of(), Map.of(), ip);
        }

        Map<String, String> namespaceLabels() {
            return namespace == null ? Map.of() : Map.of("kubernetes.io/metadata.name", namespace);
        }
    }

    private final List<NetworkPolicy> policies;
    private final String namespace;

    Network(List<HasMetadata> objects, String namespace) {
        this.policies = objects.stream().filter(NetworkPolicy.class::isInstance).map(NetworkPolicy.class::cast).toList();
        this.namespace = namespace;
    }

    boolean allows(Endpoint from, Endpoint to, String protocol, int port) {
        return egress(from, to, protocol, port) && ingress(from, to, protocol, port);
    }

    private boolean egress(Endpoint from, Endpoint to, String protocol, int port) {
        List<NetworkPolicy> selecting = selecting(from, "Egress");
        return selecting.isEmpty() || selecting.stream().flatMap(p -> p.getSpec().getEgress().stream())
                .anyMatch(rule -> peers(rule.getTo(), to) && ports(rule.getPorts(), to, protocol, port));
    }

    private boolean ingress(Endpoint from, Endpoint to, String protocol, int port) {
        List<NetworkPolicy> selecting = selecting(to, "Ingress");
        return selecting.isEmpty() || selecting.stream().flatMap(p -> p.getSpec().getIngress().stream())
                .anyMatch(rule -> peers(rule.getFrom(), from) && ports(rule.getPorts(), to, protocol, port));
    }

    private List<NetworkPolicy> selecting(Endpoint pod, String direction) {
        if (pod.ip() != null || !namespace.equals(pod.namespace())) {
            return List.of();
        }
        return policies.stream().filter(p -> types(p).contains(direction))
                .filter(p -> Labels.matches(p.getSpec().getPodSelector(), pod.labels())).toList();
    }

    private static List<String> types(NetworkPolicy p) {
        if (!p.getSpec().getPolicyTypes().isEmpty()) {
            return p.getSpec().getPolicyTypes();
        }
        return p.getSpec().getEgress().isEmpty() ? List.of("Ingress") : List.of("Ingress", "Egress");
    }

    private boolean peers(List<NetworkPolicyPeer> peers, Endpoint other) {
        return peers.isEmpty() || peers.stream().anyMatch(peer -> peer(peer, other));
    }

    private boolean peer(NetworkPolicyPeer peer, Endpoint other) {
        if (peer.getIpBlock() != null) {
            return other.ip() != null && inBlock(other.ip(), peer.getIpBlock());
        }
        if (other.ip() != null) {
            return false;
        }
        boolean namespaceOk = peer.getNamespaceSelector() == null
                ? namespace.equals(other.namespace()) : Labels.matches(peer.getNamespaceSelector(), other.namespaceLabels());
        boolean podOk = peer.getPodSelector() == null || Labels.matches(peer.getPodSelector(), other.labels());
        return namespaceOk && podOk;
    }

    private static boolean ports(List<NetworkPolicyPort> ports, Endpoint to, String protocol, int port) {
        return ports.isEmpty() || ports.stream().anyMatch(p -> {
            String proto = p.getProtocol() == null ? "TCP" : p.getProtocol();
            if (!proto.equals(protocol)) {
                return false;
            }
            IntOrString wanted = p.getPort();
            if (wanted == null) {
                return true;
            }
            Integer number = wanted.getIntVal() != null ? wanted.getIntVal() : to.namedPorts().get(wanted.getStrVal());
            if (number == null) {
                return false;
            }
            int end = p.getEndPort() == null ? number : p.getEndPort();
            return port >= number && port <= end;
        });
    }

    private static boolean inBlock(String ip, IPBlock block) {
        return inCidr(ip, block.getCidr()) && block.getExcept().stream().noneMatch(except -> inCidr(ip, except));
    }

    private static boolean inCidr(String ip, String cidr) {
        String[] parts = cidr.split("/");
        int bits = Integer.parseInt(parts[1]);
        long mask = bits == 0 ? 0 : (0xFFFFFFFFL << (32 - bits)) & 0xFFFFFFFFL;
        return (ipv4(ip) & mask) == (ipv4(parts[0]) & mask);
    }

    private static long ipv4(String address) {
        long value = 0;
        for (String octet : address.split("\\.")) {
            value = (value << 8) | Integer.parseInt(octet);
        }
        return value;
    }
}
