"""Gradient norms of the first and the last hidden layer in deep sigmoid and ReLU stacks."""
import torch
from torch import nn


def grad_norms(activation, depth, width=64, kaiming=True):
    """depth x (Linear + activation), then Linear(width, 1); return two weight-gradient norms."""
    torch.manual_seed(0)
    layers = []
    for _ in range(depth):
        linear = nn.Linear(width, width)
        if kaiming:  # the same initialization for both activations
            nn.init.kaiming_normal_(linear.weight, nonlinearity="relu")
            nn.init.zeros_(linear.bias)
        layers += [linear, activation()]
    net = nn.Sequential(*layers, nn.Linear(width, 1))
    X = torch.randn(128, width)
    loss = net(X).pow(2).mean()
    loss.backward()
    first, last = net[0], net[2 * (depth - 1)]  # (1)!
    return first.weight.grad.norm().item(), last.weight.grad.norm().item()


for depth in (10, 20):
    for activation in (nn.Sigmoid, nn.ReLU):
        first, last = grad_norms(activation, depth)
        name = activation.__name__
        print(f"depth {depth}  {name:<8} first layer {first:.2e}  last layer {last:.2e}")
