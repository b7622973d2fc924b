"""Surprisal, entropy and cross-entropy in bits: cross-entropy is never below the entropy."""
import math

import torch
from torch import nn

P = torch.tensor([0.5, 0.25, 0.125, 0.125])  # the distribution the data really follows
print("surprisal -log2 p:", (-P.log2()).tolist())
H_P = -(P * P.log2()).sum()  # entropy: the expected surprisal
H_nats = torch.distributions.Categorical(probs=P).entropy()  # PyTorch uses the natural log
print(f"H(P) = {H_P:.4f} bits; Categorical(P).entropy() / ln 2 = {H_nats / math.log(2):.4f}")


def cross_entropy(P, Q):
    return -(P * Q.log2()).sum(dim=-1)  # expected surprisal for someone who believes Q


uniform = torch.full((4,), 0.25)
print(f"H(P, P) = {cross_entropy(P, P):.4f}, H(P, uniform) = {cross_entropy(P, uniform):.4f} bits")
torch.manual_seed(0)
Q = torch.distributions.Dirichlet(torch.ones(4)).sample((10000,))  # (1)!
H_PQ = cross_entropy(P, Q)
print(f"H(P, Q) for 10000 random Q: smallest {H_PQ.min():.4f}, mean {H_PQ.mean():.4f} bits")

# the gap H(P, Q) - H(P) is the KL divergence, in nats in PyTorch
kl = torch.distributions.kl_divergence(torch.distributions.Categorical(probs=P),
                                       torch.distributions.Categorical(probs=Q))
torch.testing.assert_close(H_PQ - H_P, kl / math.log(2))
# nn.CrossEntropyLoss with probabilities as targets computes H(P, softmax(o)), in nats
O = Q.log()  # (2)!
torch.testing.assert_close(nn.CrossEntropyLoss(reduction="none")(O, P.expand(10000, 4)), H_PQ * math.log(2))
