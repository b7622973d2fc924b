"""Fit linear regression with minibatch SGD, then plot the fit, the residuals and the loss curve."""
import matplotlib.pyplot as plt
import torch

# Chinese labels need a CJK font; matplotlib falls back to it for glyphs DejaVu Sans lacks
plt.rcParams["font.family"] = ["DejaVu Sans", "Noto Sans CJK SC"]

LABELS = {  # no $…$ next to Chinese: math text has no CJK glyphs, so Chinese labels write math in Unicode
    "zh": {"data": "数据", "fit": "拟合：", "residual": "残差 y − ŷ", "residuals": "残差", "density": "概率密度",
           "batch_loss": "每一步的小批量损失", "epoch_loss": "整份数据上的损失", "noise": "噪声水平 σ²/2",
           "step": "SGD 步数", "loss": "损失"},
    "en": {"data": "data", "fit": "fit: ", "residual": r"residual $y - \hat{y}$", "residuals": "residuals",
           "density": "density", "batch_loss": r"minibatch loss $L_\mathcal{B}$", "epoch_loss": "loss on all data $L$",
           "noise": r"noise level $\sigma^2 / 2$", "step": "SGD step", "loss": "loss"},
}

torch.manual_seed(0)
true_w, true_b, sigma = torch.tensor([1.5, -2.0]), 0.8, 0.1
X = torch.randn(1000, 2)
y = X @ true_w + true_b + sigma * torch.randn(1000)

w = torch.normal(0, 0.01, size=(2,), requires_grad=True)
b = torch.zeros(1, requires_grad=True)
lr, num_epochs, batch_size = 0.03, 3, 10
batch_losses, epoch_losses = [], []  # L_B of every step, L after every epoch
for epoch in range(num_epochs):
    order = torch.randperm(len(X))
    for i in range(0, len(X), batch_size):
        batch = order[i : i + batch_size]
        loss = ((X[batch] @ w + b - y[batch]) ** 2 / 2).mean()
        loss.backward()
        batch_losses.append(loss.item())
        with torch.no_grad():
            w -= lr * w.grad
            b -= lr * b.grad
            w.grad.zero_()
            b.grad.zero_()
    with torch.no_grad():
        epoch_losses.append(((X @ w + b - y) ** 2 / 2).mean().item())
w, b = w.detach(), b.item()


def plot_linear_fit(lang):
    text = LABELS[lang]
    fig, axes = plt.subplots(4, 1, figsize=(5, 11), layout="constrained")  # one above the other: fits a phone
    line = torch.linspace(-3.5, 3.5, 2)
    for j, ax in enumerate(axes[:2]):  # y against one feature, the other feature's part removed
        k = 1 - j
        ax.scatter(X[:, j], y - w[k] * X[:, k], s=4, alpha=0.4, label=text["data"], rasterized=True)
        fit = f"{w[j]:.3f} {'x₁' if j == 0 else 'x₂'} + {b:.3f}".replace("-", "−")  # a real minus sign
        ax.plot(line, w[j] * line + b, color="C3", lw=1, label=text["fit"] + fit)
        ax.set_xlabel(rf"$x_{j + 1}$")
        ax.set_ylabel(rf"$y - \hat{{w}}_{k + 1} x_{k + 1}$")
        ax.legend(loc="upper left" if w[j] > 0 else "upper right")
        ax.grid(alpha=0.3)

    residuals = y - (X @ w + b)  # should look like the noise: normal, mean 0, std sigma
    grid = torch.linspace(-0.4, 0.4, 200)
    axes[2].hist(residuals, bins=40, density=True, alpha=0.6, label=text["residuals"])
    axes[2].plot(grid, torch.distributions.Normal(0, sigma).log_prob(grid).exp(), color="C3",
                    label=rf"$\mathcal{{N}}(0, \sigma^2)$, $\sigma = {sigma}$")
    axes[2].set_xlabel(text["residual"])
    axes[2].set_ylabel(text["density"])
    axes[2].legend(loc="upper left")

    steps = len(X) // batch_size  # SGD steps per epoch
    axes[3].plot(range(1, len(batch_losses) + 1), batch_losses, lw=0.8, label=text["batch_loss"])
    axes[3].plot([steps * (e + 1) for e in range(num_epochs)], epoch_losses, "o-", label=text["epoch_loss"])
    axes[3].axhline(sigma**2 / 2, color="gray", ls="--", label=text["noise"])
    axes[3].set_yscale("log")
    axes[3].set_xlabel(text["step"])
    axes[3].set_ylabel(text["loss"])
    axes[3].legend()
    axes[3].grid(alpha=0.3)
    return fig
