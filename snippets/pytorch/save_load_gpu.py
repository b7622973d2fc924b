"""Needs CUDA: map_location decides where loaded tensors go; the model stays where it is."""
import torch
from torch import nn

net = nn.Sequential(nn.Linear(4, 8), nn.ReLU(), nn.Linear(8, 3)).to("cuda")
torch.save(net.state_dict(), "net_gpu.pth")  # (1)!

state = torch.load("net_gpu.pth", weights_only=True)
print(state["0.weight"].device)  # cuda:0
cpu_net = nn.Sequential(nn.Linear(4, 8), nn.ReLU(), nn.Linear(8, 3))
cpu_net.load_state_dict(state)  # (2)!
print(cpu_net[0].weight.device)  # cpu
assert cpu_net[0].weight.device.type == "cpu"

state = torch.load("net_gpu.pth", map_location="cpu", weights_only=True)  # (3)!
print(state["0.weight"].device)  # cpu
assert state["0.weight"].device.type == "cpu"

torch.save(cpu_net.state_dict(), "net_cpu.pth")  # saved from the CPU
state = torch.load("net_cpu.pth", map_location="cuda:0", weights_only=True)  # (4)!
print(state["0.weight"].device)  # cuda:0
assert state["0.weight"].device == torch.device("cuda:0")
gpu_net = nn.Sequential(nn.Linear(4, 8), nn.ReLU(), nn.Linear(8, 3)).to("cuda")
gpu_net.load_state_dict(state)  # (5)!
print(gpu_net[0].weight.device)  # cuda:0
